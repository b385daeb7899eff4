// Turns the FormatError values thrown by the pure helpers in format/ into Python exceptions.
import { PyType } from './core';
import { FormatError } from './format/format-error';
import { OverflowError, TypeError, ValueError, ZeroDivisionError, newException } from './exceptions';

const TYPES: Record<FormatError['pyType'], PyType> = { ValueError, TypeError, OverflowError, ZeroDivisionError };

/** The exception to throw for anything a format helper threw (non-FormatErrors pass through). */
export function pyErr(e: unknown): unknown {
  if (e instanceof FormatError) return newException(TYPES[e.pyType], e.message);
  return e;
}
