// Python float arithmetic where it differs from JS: floor division and modulo with Python's signs,
// ** with CPython's special cases and errors, is_integer, as_integer_ratio.
import { overflowError, valueError, zeroDivisionError } from './format-error';
import { binaryParts } from './exact-decimal';
import { normalize, PyInt, ratioToDouble } from './int-convert';

/** [a // b, a % b] for floats, with the quotient's and remainder's signs (and −0.0) as CPython. */
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw zeroDivisionError('float divmod()');
  return divmodUnchecked(a, b);
}

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float floor division by zero');
  return divmodUnchecked(a, b)[0];
}

export function floatMod(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float modulo');
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

/** a ** b for floats. Negative base with a non-integer exponent has no real result: CircuitPython
 * (no complex type) raises ValueError where CPython would return a complex. */
export function floatPow(a: number, b: number): number {
  if (b === 0) return 1;
  if (a !== a) return a;
  if (b !== b) return a === 1 ? 1 : b;
  if (b === Infinity || b === -Infinity) {
    const aa = Math.abs(a);
    if (aa === 1) return 1;
    return (aa > 1) === (b > 0) ? Infinity : 0;
  }
  const oddInteger = Number.isInteger(b) && Math.abs(b % 2) === 1;
  if (a === Infinity || a === -Infinity) {
    if (b > 0) return a < 0 && oddInteger ? -Infinity : Infinity;
    return a < 0 && oddInteger ? -0 : 0;
  }
  if (a === 0) {
    if (b < 0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
    return oddInteger ? a : 0;
  }
  if (a < 0 && !Number.isInteger(b)) throw valueError('complex values not supported');
  const r = Number.isInteger(b) && b >= -MAX_EXACT_EXPONENT && b <= MAX_EXACT_EXPONENT ? integerPow(a, b) : realPow(a, b);
  if (r === Infinity || r === -Infinity) throw overflowError("(34, 'Numerical result out of range')");
  return r;
}

// Beyond this, exact powers get expensive and nearly all of them overflow or underflow anyway.
const MAX_EXACT_EXPONENT = 1100;

function realPow(a: number, b: number): number {
  return b === 0.5 ? Math.sqrt(a) : Math.pow(a, b);
}

/** a ** n correctly rounded (like the C library CPython uses; JS's Math.pow may be off by an ulp). */
function integerPow(a: number, n: number): number {
  if (n === 1) return a;
  if (n === 2) return a * a; // one IEEE multiplication: already correctly rounded
  if (n === -1) return 1 / a;
  const negative = a < 0 && n % 2 !== 0;
  const aa = a < 0 ? -a : a;
  if (aa === 1) return negative ? -1 : 1;
  const log2 = n * Math.log2(aa);
  if (log2 > 1030) return negative ? -Infinity : Infinity;
  if (log2 < -1080) return negative ? -0 : 0;
  const { mant, exp2 } = binaryParts(aa);
  const k = n < 0 ? -n : n;
  const p = mant ** BigInt(k);
  const e = exp2 * k; // |a|**k == p * 2**e exactly
  let r: number;
  if (n > 0) r = e >= 0 ? ratioToDouble(p << BigInt(e), 1n) : ratioToDouble(p, 1n << BigInt(-e));
  else r = e <= 0 ? ratioToDouble(1n << BigInt(-e), p) : ratioToDouble(1n, p << BigInt(e));
  return negative ? -r : r;
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
