// Argument validators for module bindings, worded as CircuitPython's shared validators
// (reference: console-and-errors.md, "built-in argument range checks").
import { PyType, PyValue, typeOf } from './core';
import { newTypeError, newValueError } from './exceptions';
import { asInt } from './int';
import { asFloat } from './float';
import { isinstance } from './ops';

/** An int (bool and __index__ accepted); TypeError `name must be of type int, not T`. */
export function validateInt(v: PyValue, name: string): number {
  const i = asInt(v) ?? (typeof v === 'object' && v.cls.index !== undefined ? v.cls.index(v) : undefined);
  if (i === undefined) throw newTypeError(`${name} must be of type int, not ${typeOf(v).name}`);
  return Number(i);
}

/** `ValueError: name must be lo-hi`. */
export function validateIntRange(v: PyValue, lo: number, hi: number, name: string): number {
  const i = validateInt(v, name);
  if (i < lo || i > hi) throw newValueError(`${name} must be ${lo}-${hi}`);
  return i;
}

/** `ValueError: name must be >= min`. */
export function validateIntMin(v: PyValue, min: number, name: string): number {
  const i = validateInt(v, name);
  if (i < min) throw newValueError(`${name} must be >= ${min}`);
  return i;
}

/** `ValueError: name must be <= max`. */
export function validateIntMax(v: PyValue, max: number, name: string): number {
  const i = validateInt(v, name);
  if (i > max) throw newValueError(`${name} must be <= ${max}`);
  return i;
}

/** An int or float as a JS number; TypeError `name must be of type float, not T`. */
export function validateFloat(v: PyValue, name: string): number {
  const f = asFloat(v);
  if (f === undefined) throw newTypeError(`${name} must be of type float, not ${typeOf(v).name}`);
  return f;
}

/** `TypeError: name must be of type T, not U`. */
export function validateType<T extends PyValue>(v: PyValue, t: PyType, name: string): T {
  if (!isinstance(v, t)) throw newTypeError(`${name} must be of type ${t.name}, not ${typeOf(v).name}`);
  return v as T;
}

/** `TypeError: name must be of type T or None, not U`. */
export function validateTypeOrNone<T extends PyValue>(v: PyValue, t: PyType, none: PyValue, name: string): T | null {
  if (v === none) return null;
  if (!isinstance(v, t)) throw newTypeError(`${name} must be of type ${t.name} or None, not ${typeOf(v).name}`);
  return v as T;
}

/** `ValueError: name length must be n` for sequences of a fixed size. */
export function validateLength(actual: number, n: number, name: string): void {
  if (actual !== n) throw newValueError(`${name} length must be ${n}`);
}
