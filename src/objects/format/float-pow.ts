// a ** b for floats as CPython computes it: its special cases and errors, and results correctly
// rounded like the C library's pow (JS's Math.pow can be an ulp off, which repr would show).
import { divisionByZero, overflowError, valueError } from './format-error';
import { binaryParts } from './exact-decimal';
import { ratioToDouble } from './int-convert';
import { ddIntegerPow, realPow } from './dd-pow';

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
    if (b < 0) throw divisionByZero();
    return oddInteger ? a : 0;
  }
  if (a < 0 && !Number.isInteger(b)) throw valueError('complex values not supported');
  const negate = a < 0 && oddInteger;
  const x = a < 0 ? -a : a;
  if (x === 1) return negate ? -1 : 1;
  let r: number;
  if (Number.isInteger(b) && b >= -MAX_EXACT_EXPONENT && b <= MAX_EXACT_EXPONENT) r = integerPow(x, b);
  // The correctly rounded square root is what a correctly rounded pow gives for 0.5, and sqrt is one IEEE operation.
  else if (b === 0.5) r = Math.sqrt(x);
  else r = realPow(x, b);
  if (r === Infinity) throw overflowError("(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

// Beyond this, exact powers get expensive and nearly all of them overflow or underflow anyway.
const MAX_EXACT_EXPONENT = 1100;

/** x ** n for x > 0, x ≠ 1, correctly rounded (the exact power, rounded once). */
function integerPow(x: number, n: number): number {
  if (n === 1) return x;
  if (n === 2) return x * x; // one IEEE multiplication: already correctly rounded
  if (n === -1) return 1 / x;
  if (n >= -64 && n <= 64) {
    const r = ddIntegerPow(x, n);
    if (r === r) return r;
  }
  const log2 = n * Math.log2(x);
  if (log2 > 1030) return Infinity;
  if (log2 < -1080) return 0;
  const { mant, exp2 } = binaryParts(x);
  const k = n < 0 ? -n : n;
  const p = mant ** BigInt(k);
  const e = exp2 * k; // x**k == p * 2**e exactly
  if (n > 0) return e >= 0 ? ratioToDouble(p << BigInt(e), 1n) : ratioToDouble(p, 1n << BigInt(-e));
  return e <= 0 ? ratioToDouble(1n << BigInt(-e), p) : ratioToDouble(1n, p << BigInt(e));
}
