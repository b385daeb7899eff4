// Correctly rounded decimal digits of a double, fast: plain float arithmetic or JS's String, toFixed
// and toExponential when they are provably right, the exact BigInt path (exact-decimal) otherwise.
import { fixedDigits, significantDigits } from './exact-decimal';

export const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const TWO_42 = 2 ** 42;

/**
 * round(ax × 10**precision) for ax ≥ 0, exactly as on the exact value, when plain float arithmetic
 * can prove it; -1 otherwise.
 */
export function roundScaled(ax: number, precision: number): number {
  if (precision >= POW10.length) return -1;
  // ax × 10**p is computed with an error below 2**-12 while it stays under 2**42, so unless its
  // fraction is within 2**-10 of one half, rounding it gives the same integer as the exact value.
  const y = ax * POW10[precision];
  if (!(y < TWO_42)) return -1;
  const fl = Math.floor(y);
  const frac = y - fl;
  if (frac >= 0.4990234375 && frac <= 0.5009765625) return -1;
  return frac > 0.5 ? fl + 1 : fl;
}

/** ax ≥ 0 rounded half-even to `precision` places: '3.14', or '3' when precision is 0. */
export function fixedString(ax: number, precision: number): string {
  const scaled = roundScaled(ax, precision);
  if (scaled >= 0) {
    const s = String(scaled);
    if (precision === 0) return s;
    if (s.length > precision) return s.slice(0, s.length - precision) + '.' + s.slice(s.length - precision);
    return '0.' + '0'.repeat(precision - s.length) + s;
  }
  // toFixed is exact but breaks exact ties upward. A tie at `precision` places means ax has exactly
  // precision + 1 fractional bits, i.e. ax × 2**(precision+1) is an odd integer: those go the exact way.
  if (ax < 1e21 && precision <= 100 && !isOddInteger(ax * 2 ** (precision + 1))) return ax.toFixed(precision);
  const n = fixedDigits(ax, precision);
  if (precision === 0) return n;
  const padded = n.length <= precision ? '0'.repeat(precision - n.length + 1) + n : n;
  const cut = padded.length - precision;
  return padded.slice(0, cut) + '.' + padded.slice(cut);
}

/** ax > 0 rounded half-even to `count` significant digits, and the decimal exponent of the first. */
export function sigDigits(ax: number, count: number): { digits: string; exp: number } {
  if (count <= 101 && ax > 0) {
    const s = ax.toExponential(count - 1);
    const e = s.indexOf('e');
    const exp = +s.slice(e + 1);
    // toExponential breaks exact ties upward, like toFixed. Rounding may have carried into the
    // exponent (9.5 → 1e+1), so both candidate exponents are checked; a false alarm only costs time.
    if (!isTieAt(ax, count - 1 - exp) && !isTieAt(ax, count - exp)) {
      return { digits: count === 1 ? s.slice(0, 1) : s[0] + s.slice(2, e), exp };
    }
  }
  return significantDigits(ax, count);
}

function isOddInteger(v: number): boolean {
  return Number.isInteger(v) && v % 2 === 1;
}

/** Is ax × 10**k exactly halfway between two integers? */
function isTieAt(ax: number, k: number): boolean {
  // For k ≥ 0 that needs exactly k + 1 fractional bits (see fixedString). For k < 0, ax must be
  // odd × 5**-k × 2**(-k-1), which only fits in a double while 5**-k does.
  if (k >= 0) return isOddInteger(ax * 2 ** (k + 1));
  const j = -k;
  if (j > 22) return false;
  const q = ax / 2 ** (j - 1);
  return isOddInteger(q) && q % 5 ** j === 0;
}

/** The shortest digits that read back as x (what repr uses), and the decimal exponent of the first. */
export function shortestDigits(x: number): { digits: string; exp: number } {
  // JS's Number-to-string picks the same digits as CPython's repr: fewest that round-trip, closest to x.
  const s = String(x);
  const e = s.indexOf('e');
  if (e >= 0) {
    const mant = s.slice(0, e);
    const exp = +s.slice(e + 1);
    return { digits: mant.length > 1 ? mant[0] + mant.slice(2) : mant, exp };
  }
  const dot = s.indexOf('.');
  if (dot < 0) {
    let end = s.length;
    while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
    return { digits: s.slice(0, end), exp: s.length - 1 };
  }
  if (s.charCodeAt(0) !== 48) return { digits: s.slice(0, dot) + s.slice(dot + 1), exp: dot - 1 };
  let first = dot + 1;
  while (s.charCodeAt(first) === 48) first++;
  return { digits: s.slice(first), exp: dot - first };
}
