// The one error type the format helpers throw; the object model turns it into the Python exception.
// Deliberately not a JS Error: building a JS stack trace for every Python-level error is wasted work.

export type FormatErrorType = 'ValueError' | 'TypeError' | 'OverflowError' | 'ZeroDivisionError';

export class FormatError {
  constructor(readonly pyType: FormatErrorType, readonly message: string) {}
}

export function valueError(message: string): FormatError {
  return new FormatError('ValueError', message);
}

export function typeError(message: string): FormatError {
  return new FormatError('TypeError', message);
}

export function overflowError(message: string): FormatError {
  return new FormatError('OverflowError', message);
}

export function zeroDivisionError(message: string): FormatError {
  return new FormatError('ZeroDivisionError', message);
}
