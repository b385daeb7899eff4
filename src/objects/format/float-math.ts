// Python float arithmetic where it differs from JS: division by zero raises, floor division and
// modulo take Python's signs; is_integer, as_integer_ratio (** is in float-pow.ts).
import { divisionByZero, overflowError, valueError } from './format-error';
import { normalize, PyInt } from './int-convert';

/** a / b for floats: IEEE division, but dividing by zero raises. */
export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw divisionByZero();
  return a / b;
}

/** [a // b, a % b] for floats, with the quotient's and remainder's signs (and −0.0) as CPython. */
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw divisionByZero();
  return divmodUnchecked(a, b);
}

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw divisionByZero();
  return divmodUnchecked(a, b)[0];
}

export function floatMod(a: number, b: number): number {
  if (b === 0) throw divisionByZero();
  // Only the remainder is needed: JS % is C's fmod, then move it to b's side.
  let m = a % b;
  if (m !== 0) {
    if ((b < 0) !== (m < 0)) m += b;
  } else {
    m = b < 0 ? -0 : 0;
  }
  return m;
}

function divmodUnchecked(a: number, b: number): [number, number] {
  let m = a % b;
  // a - m is an exact multiple of b up to rounding, so the quotient is nearly an integer.
  let div = (a - m) / b;
  if (m !== 0) {
    if ((b < 0) !== (m < 0)) {
      m += b;
      div -= 1;
    }
  } else {
    m = b < 0 ? -0 : 0;
  }
  let q: number;
  if (div !== 0) {
    q = Math.floor(div);
    if (div - q > 0.5) q += 1;
  } else {
    q = (a / b < 0 || Object.is(a / b, -0)) ? -0 : 0;
  }
  return [q, m];
}

export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.floor(x) === x;
}

/** float.as_integer_ratio(): the exact value as numerator / denominator in lowest terms. */
export function floatAsIntegerRatio(x: number): [PyInt, PyInt] {
  if (x !== x) throw valueError('cannot convert NaN to integer ratio');
  if (x === Infinity || x === -Infinity) throw overflowError('cannot convert Infinity to integer ratio');
  if (Number.isInteger(x)) return [normalize(BigInt(x)), 1];
  // Doubling a non-integer is exact until it becomes one; the number of doublings is ≤ 1074.
  let m = x;
  let shift = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    shift++;
  }
  return [normalize(BigInt(m)), normalize(1n << BigInt(shift))];
}
