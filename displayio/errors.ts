// The one error type the displayio implementation throws; bindings turn it into the Python
// exception named by pyType, with the message unchanged.

export type PyErrorType =
  | 'ValueError' | 'OSError' | 'IndexError' | 'TypeError' | 'MemoryError' | 'RuntimeError' | 'EOFError';

export class DisplayioError {
  constructor(readonly pyType: PyErrorType, readonly message: string) {}
}

export function fail(pyType: PyErrorType, message: string): never {
  throw new DisplayioError(pyType, message);
}
