// Exact Python int arithmetic on the number|bigint representation: floor division and modulo,
// powers, shifts, bitwise ops on negatives (two's complement of infinite width), bit_length, str(int, base).
import { divisionByZero, valueError } from './format-error';
import { floatPow } from './float-pow';
import { bitLengthBig, floatToInt, intToFloat, intTrueDiv, normalize, PyInt, toBigInt } from './int-convert';

export { normalize, intToFloat, floatToInt, intTrueDiv };
export type { PyInt } from './int-convert';

const TWO_53 = 2 ** 53;

export function floorDiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw divisionByZero();
    // % is exact on integers, so (a - r) / b is an exact division; no float rounding is involved.
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && (r < 0) !== (b < 0)) q -= 1;
    return q + 0;
  }
  const ba = toBigInt(a);
  const bb = toBigInt(b);
  if (bb === 0n) throw divisionByZero();
  const opposite = (ba < 0n) !== (bb < 0n);
  const small = smallQuotientDivmod(ba < 0n ? -ba : ba, bb < 0n ? -bb : bb);
  if (small !== undefined) {
    const [q, r] = small;
    return normalize(!opposite ? q : r === 0n ? -q : -q - 1n);
  }
  let q = ba / bb;
  if (opposite && ba % bb !== 0n) q -= 1n;
  return normalize(q);
}

export function mod(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw divisionByZero();
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r + 0;
  }
  const ba = toBigInt(a);
  const bb = toBigInt(b);
  if (bb === 0n) throw divisionByZero();
  const nb = bb < 0n ? -bb : bb;
  const small = smallQuotientDivmod(ba < 0n ? -ba : ba, nb);
  let r = small !== undefined ? (ba < 0n ? -small[1] : small[1]) : ba % bb;
  if (r !== 0n && (r < 0n) !== (bb < 0n)) r += bb;
  return normalize(r);
}

/** Divisors shorter than this (4096 bits) go to V8's schoolbook division, which is fast for them. */
const SMALL_QUOTIENT_MIN_DIVISOR = 1n << 4095n;

/**
 * [a // b, a % b] for non-negative a and positive b when b is long and the quotient short, else
 * undefined. V8 divides long numbers by Burnikel–Ziegler, whose cost does not shrink with the
 * quotient (pidigits divides 200 000-bit numbers with one-digit quotients); here the quotient
 * comes from the top 64 bits of b, off by at most one, and a multiply and subtract correct it.
 */
function smallQuotientDivmod(a: bigint, b: bigint): [bigint, bigint] | undefined {
  if (b < SMALL_QUOTIENT_MIN_DIVISOR) return undefined;
  if (a < b) return [0n, a];
  const lb = bitLengthBig(b);
  if (bitLengthBig(a) - lb > 40) return undefined;
  const shift = BigInt(lb - 64);
  let q = BigInt(Math.floor(Number(a >> shift) / Number(b >> shift)));
  let r = a - q * b;
  while (r < 0n) { q -= 1n; r += b; }
  while (r >= b) { q += 1n; r -= b; }
  return [q, r];
}

export function divmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  const q = floorDiv(a, b);
  return [q, mod(a, b)];
}

/** a ** b for b >= 0 (exact). A negative b gives a float in Python: use intPowToFloat. */
export function pow(a: PyInt, b: PyInt): PyInt {
  if (b < 0) throw new RangeError('pow: negative exponent, use intPowToFloat');
  if (typeof a === 'number' && typeof b === 'number') {
    // Square-and-multiply in doubles while every partial product stays exact.
    let result = 1;
    let base = a;
    let e = b;
    for (;;) {
      if (e % 2 === 1) {
        result *= base;
        if (result >= TWO_53 || result <= -TWO_53) break;
      }
      e = Math.floor(e / 2);
      if (e === 0) return result + 0;
      base *= base;
      if (base >= TWO_53) break;
    }
  }
  return normalize(toBigInt(a) ** toBigInt(b));
}

/** a ** b for a negative b: Python computes it in floats. */
export function intPowToFloat(a: PyInt, b: PyInt): number {
  return floatPow(intToFloat(a), intToFloat(b));
}

/** pow(a, b, m) for ints, with a modular inverse when b < 0. */
export function powMod(a: PyInt, b: PyInt, m: PyInt): PyInt {
  let bm = toBigInt(m);
  if (bm === 0n) throw valueError('pow() 3rd argument cannot be 0');
  const negativeMod = bm < 0n;
  if (negativeMod) bm = -bm;
  let base = toBigInt(a) % bm;
  if (base < 0n) base += bm;
  let e = toBigInt(b);
  if (e < 0n) {
    base = modInverse(base, bm);
    e = -e;
  }
  let result = bm === 1n ? 0n : 1n;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % bm;
    e >>= 1n;
    if (e > 0n) base = (base * base) % bm;
  }
  // The result takes the sign of the modulus, like %.
  if (negativeMod && result !== 0n) result -= bm;
  return normalize(result);
}

function modInverse(a: bigint, m: bigint): bigint {
  // Extended Euclid: track x with x·a ≡ r (mod m).
  let r0 = a;
  let r1 = m;
  let x0 = 1n;
  let x1 = 0n;
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [x0, x1] = [x1, x0 - q * x1];
  }
  if (r0 !== 1n) throw valueError('base is not invertible for the given modulus');
  const inv = x0 % m;
  return inv < 0n ? inv + m : inv;
}

/** round(v, ndigits) for an int: unchanged unless ndigits < 0, then half-even to a multiple of 10**-ndigits. */
export function roundInt(v: PyInt, ndigits: PyInt): PyInt {
  if (ndigits >= 0) return v;
  // Below half of 10**-ndigits everything rounds to 0, and the huge power need not be built.
  if (-Number(ndigits) > bitLength(v) * 0.30103 + 2) return 0;
  const p = 10n ** BigInt(-ndigits);
  const bv = toBigInt(v);
  let q = bv / p;
  let r = bv - q * p;
  if (r < 0n) {
    q -= 1n;
    r += p;
  }
  if (2n * r > p || (2n * r === p && (q & 1n) === 1n)) q += 1n;
  return normalize(q * p);
}

export function lshift(a: PyInt, n: PyInt): PyInt {
  if (n < 0) throw valueError('negative shift count');
  if (typeof a === 'number' && typeof n === 'number' && n < 53) {
    const r = a * 2 ** n;
    if (r >= -Number.MAX_SAFE_INTEGER && r <= Number.MAX_SAFE_INTEGER) return r;
  }
  if (a === 0 || a === 0n) return 0;
  return normalize(toBigInt(a) << toBigInt(n));
}

export function rshift(a: PyInt, n: PyInt): PyInt {
  if (n < 0) throw valueError('negative shift count');
  if (typeof a === 'number') {
    // Division by a power of two is exact; floor gives Python's rounding toward −∞.
    if (typeof n === 'bigint' || n > 60) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** n) + 0;
  }
  const bn = toBigInt(n);
  const len = BigInt(bitLengthBig(a));
  return normalize(a >> (bn > len ? len : bn));
}

function isInt32(v: PyInt): v is number {
  return typeof v === 'number' && (v | 0) === v;
}

const TWO_32 = 2 ** 32;

/**
 * A bitwise op on two safe integers without BigInt: each splits into a high part (floor division
 * by 2**32, an int32 that carries the sign as infinite two's complement does) and its low 32 bits.
 */
function splitBitwise(a: number, b: number, op: (x: number, y: number) => number): PyInt {
  const high = op(Math.floor(a / TWO_32), Math.floor(b / TWO_32));
  const low = op(a >>> 0, b >>> 0) >>> 0;
  const r = high * TWO_32 + low;
  return r === -TWO_53 ? BigInt(r) : r; // the one result outside the safe range
}

const andOp = (x: number, y: number): number => x & y;
const orOp = (x: number, y: number): number => x | y;
const xorOp = (x: number, y: number): number => x ^ y;

export function and(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number') {
    if (typeof b === 'number') return isInt32(a) && isInt32(b) ? a & b : splitBitwise(a, b, andOp);
    if (a >= 0) return maskBig(b, a);
  } else if (typeof b === 'number' && b >= 0) {
    return maskBig(a, b);
  }
  return normalize(toBigInt(a) & toBigInt(b));
}

/** big & mask for a non-negative safe mask, which keeps only low bits (2.5x faster below 2**32). */
function maskBig(big: bigint, mask: number): PyInt {
  if (mask < TWO_32) return (Number(BigInt.asUintN(32, big)) & mask) >>> 0;
  return splitBitwise(Number(BigInt.asUintN(53, big)), mask, andOp);
}

export function or(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') return isInt32(a) && isInt32(b) ? a | b : splitBitwise(a, b, orOp);
  return normalize(toBigInt(a) | toBigInt(b));
}

export function xor(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') return isInt32(a) && isInt32(b) ? a ^ b : splitBitwise(a, b, xorOp);
  return normalize(toBigInt(a) ^ toBigInt(b));
}

export function invert(a: PyInt): PyInt {
  if (typeof a === 'number' && a !== Number.MAX_SAFE_INTEGER) return -a - 1;
  return normalize(-toBigInt(a) - 1n);
}

export function bitLength(a: PyInt): number {
  if (typeof a === 'bigint') return bitLengthBig(a);
  const n = a < 0 ? -a : a;
  if (n < 2 ** 32) return 32 - Math.clz32(n);
  return 64 - Math.clz32(Math.floor(n / 2 ** 32));
}

/** The digits of v in base 2..36, lowercase, with '-' for negatives and no prefix. */
export function intToString(v: PyInt, base: number): string {
  return v.toString(base);
}
