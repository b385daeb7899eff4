// Conversions between Python ints (safe-integer number, else bigint) and floats, rounded as CPython does:
// int → float, float → int (truncating), and int / int (true division, correctly rounded).
import { divisionByZero, nonFiniteToInt, overflowError } from './format-error';

export type PyInt = number | bigint;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The contract's canonical form: a number whenever the value is a safe integer. */
export function normalize(v: bigint): PyInt {
  return v >= -MAX_SAFE && v <= MAX_SAFE ? Number(v) : v;
}

export function toBigInt(v: PyInt): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

export function intToFloat(v: PyInt): number {
  if (typeof v === 'number') return v;
  const x = Number(v); // rounds to nearest, ties to even, as CPython's int.__float__
  if (x === Infinity || x === -Infinity) throw overflowError('int too large to convert to float');
  return x;
}

/** int(x) for a float: truncation toward zero, exact for any magnitude. */
export function floatToInt(x: number): PyInt {
  if (x !== x || x === Infinity || x === -Infinity) throw nonFiniteToInt(x);
  const t = Math.trunc(x);
  if (t >= -Number.MAX_SAFE_INTEGER && t <= Number.MAX_SAFE_INTEGER) return t + 0; // + 0 turns -0 into 0
  return BigInt(t);
}

/** a / b for ints, correctly rounded to the nearest double as CPython does. */
export function intTrueDiv(a: PyInt, b: PyInt): number {
  if (typeof a === 'number' && typeof b === 'number') {
    // Both are exact doubles, and IEEE division rounds correctly.
    if (b === 0) throw divisionByZero();
    return a / b;
  }
  const ba = toBigInt(a);
  const bb = toBigInt(b);
  if (bb === 0n) throw divisionByZero();
  const negative = (ba < 0n) !== (bb < 0n);
  const na = ba < 0n ? -ba : ba;
  const nb = bb < 0n ? -bb : bb;
  if (na === 0n) return negative ? -0 : 0;
  const r = ratioToDouble(na, nb);
  if (r === Infinity) throw overflowError('integer division result too large for a float');
  return negative ? -r : r;
}

/** n / d for positive bigints, rounded half-even to a double (subnormals included), Infinity if too large. */
export function ratioToDouble(n: bigint, d: bigint): number {
  // Scale so that the integer quotient has 55 or 56 bits: more than a double's 53 plus a guard bit.
  const shift = 55 - (bitLengthBig(n) - bitLengthBig(d));
  const num = shift >= 0 ? n << BigInt(shift) : n;
  const den = shift >= 0 ? d : d << BigInt(-shift);
  let q = num / den;
  const sticky = num - q * den !== 0n;
  const qBits = bitLengthBig(q);
  const exp = qBits - shift - 1; // the value lies in [2**exp, 2**(exp+1))
  if (exp >= 1024) return Infinity;
  const precision = exp >= -1022 ? 53 : 53 - (-1022 - exp);
  const excess = qBits - precision;
  q = roundShift(q, excess, sticky);
  return Number(q) * 2 ** (excess - shift);
}

/** q >> count rounded half-even, where `sticky` says nonzero bits lay below q. */
function roundShift(q: bigint, count: number, sticky: boolean): bigint {
  if (count <= 0) return q;
  const c = BigInt(count);
  const kept = q >> c;
  const dropped = q - (kept << c);
  const half = 1n << (c - 1n);
  if (dropped > half || (dropped === half && (sticky || (kept & 1n) === 1n))) return kept + 1n;
  return kept;
}

/**
 * The bit length of v. It reads the top bits through a right shift whose result fits a double
 * (cheap: V8 copies only the bits kept), starting near the length last found, since the bigints
 * of one computation tend to have similar sizes. Converting to hex, as before, copied the whole
 * number and cost as much as a division.
 */
export function bitLengthBig(v: bigint): number {
  const a = v < 0n ? -v : v;
  const whole = Number(a);
  if (whole !== Infinity) return exactLength(a, 0, whole);
  // Find a shift k with 0 < a >> k < 2**1000: then the length is k plus that of the double.
  let lo = 1000; // a >> lo is at least 2**1000 (or a is just below 2**1024: then any k above works)
  let hi = -1; // a >> hi is known to be 0 (none yet)
  let k = lastBigLength > lo + 900 ? lastBigLength - 900 : lo;
  for (;;) {
    const top = Number(a >> BigInt(k));
    if (top === 0) hi = k;
    else if (top >= 2 ** 1000) lo = k;
    else return (lastBigLength = exactLength(a, k, top));
    k = hi < 0 ? k * 2 : Math.floor((lo + hi) / 2);
  }
}

let lastBigLength = 0;

/** The bit length of a, given top = Number(a >> k) > 0, which may have rounded up to a power of two. */
function exactLength(a: bigint, k: number, top: number): number {
  if (top === 0) return 0;
  let n = Math.floor(Math.log2(top)) + 1;
  if (2 ** (n - 1) > top) n--;
  else if (2 ** n <= top) n++;
  n += k;
  if (top >= 2 ** 53 && a >> BigInt(n - 1) === 0n) n--;
  return n;
}
