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

// Where CircuitPython words an error differently from CPython, games see CircuitPython's text
// (reference: console-and-errors.md §4, "Error message wording vs CPython").

/** Every division by zero, int or float, /, //, % or divmod, and 0.0 ** negative. */
export function divisionByZero(): FormatError {
  return new FormatError('ZeroDivisionError', 'division by zero');
}

/** int(text, base) on text that is not an integer in that base. */
export function invalidIntLiteral(base: number): FormatError {
  return valueError(`invalid syntax for integer with base ${base}`);
}

/** float(text) on text that is not a number. */
export function invalidFloatLiteral(): FormatError {
  return valueError('invalid syntax for number');
}

/** int(x) (or round(x), '%d' % x) of an infinite or NaN float. */
export function nonFiniteToInt(x: number): FormatError {
  return x !== x ? valueError("can't convert NaN to int") : overflowError("can't convert inf to int");
}
