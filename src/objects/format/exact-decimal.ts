// Exact decimal value of a double and correctly rounded (half-even) digit strings from it: the slow path
// behind every float format that JS's own conversions cannot do exactly (ties, precision > 100, huge values).

const scratch = new DataView(new ArrayBuffer(8));

/** A non-negative finite double as mant × 10**exp, exactly (mant is 0n for zero). */
export interface ExactDecimal {
  mant: bigint;
  exp: number;
}

/** A non-negative finite double as mant × 2**exp2, exactly, with mant odd (or 0n for zero). */
export function binaryParts(x: number): { mant: bigint; exp2: number } {
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0) & 0x7fffffff;
  const lo = scratch.getUint32(4);
  const biased = hi >>> 20;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp2: number;
  if (biased === 0) exp2 = -1074;
  else {
    mant |= 1n << 52n;
    exp2 = biased - 1075;
  }
  if (mant === 0n) return { mant, exp2: 0 };
  while ((mant & 1n) === 0n) {
    mant >>= 1n;
    exp2++;
  }
  return { mant, exp2 };
}

export function exactDecimal(x: number): ExactDecimal {
  const { mant, exp2 } = binaryParts(x);
  if (mant === 0n) return { mant, exp: 0 };
  if (exp2 >= 0) return { mant: mant << BigInt(exp2), exp: 0 };
  // m / 2**k == m * 5**k / 10**k
  return { mant: mant * 5n ** BigInt(-exp2), exp: exp2 };
}

/** round(d.mant × 10**(d.exp − target)) to an integer, ties to even. */
export function roundToExp(d: ExactDecimal, target: number): bigint {
  if (d.exp >= target) return d.mant * 10n ** BigInt(d.exp - target);
  const drop = target - d.exp;
  const digitCount = decimalLength(d.mant);
  if (drop > digitCount) return 0n; // below half of one unit: rounds to zero
  const p = 10n ** BigInt(drop);
  const q = d.mant / p;
  const twice = (d.mant - q * p) * 2n;
  return twice > p || (twice === p && (q & 1n) === 1n) ? q + 1n : q;
}

export function decimalLength(n: bigint): number {
  return n === 0n ? 1 : n.toString().length;
}

/** The digits of x rounded to `fraction` places after the point, as an integer string (no point). */
export function fixedDigits(x: number, fraction: number): string {
  return roundToExp(exactDecimal(x), -fraction).toString();
}

/** x rounded to `count` significant digits: the digits and the decimal exponent of the first one. */
export function significantDigits(x: number, count: number): { digits: string; exp: number } {
  const d = exactDecimal(x);
  if (d.mant === 0n) return { digits: '0'.repeat(count), exp: 0 };
  let exp = decimalLength(d.mant) - 1 + d.exp;
  let digits = roundToExp(d, exp - count + 1).toString();
  if (digits.length > count) {
    // Rounding carried into a new leading digit (9.99 → 10.0): the result is a power of ten.
    digits = digits.slice(0, count);
    exp++;
  }
  return { digits, exp };
}
