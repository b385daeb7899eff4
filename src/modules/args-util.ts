// Conversions shared by the native modules' bindings: Python numbers to JS numbers with
// CircuitPython's error wording.
import { PyFloat, PyValue, typeName, newTypeError } from '../objects';

/** A Python int or float as a JS number (bool counts as int). */
export function toNumber(v: PyValue, name: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof PyFloat) return v.value;
  throw newTypeError(`${name} must be of type float, not ${typeName(v)}`);
}

/** A Python int as a JS number; bigints beyond the safe range are clamped by the caller's range check. */
export function toInteger(v: PyValue, name: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  throw newTypeError(`${name} must be of type int, not ${typeName(v)}`);
}

export function float(x: number): PyFloat {
  return new PyFloat(x);
}
