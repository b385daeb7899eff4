// round() for floats: round(x) → int and round(x, n) → float, both half-even on the exact binary value.
import { overflowError } from './format-error';
import { exactDecimal, roundToExp } from './exact-decimal';
import { POW10, roundScaled } from './fast-digits';
import { floatToInt, PyInt } from './int-convert';

/** round(x) with no ndigits: the nearest int, ties to even. */
export function roundHalfEven(x: number): PyInt {
  let r = Math.round(x); // exact; ties go toward +∞, so an exact half is redone to the even side
  if (Math.abs(r - x) === 0.5) r = 2 * Math.round(x / 2);
  return floatToInt(r);
}

// Beyond these the result is x itself (every digit kept) or a zero (every digit dropped).
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/** round(x, ndigits) for a float. */
export function roundFloat(x: number, ndigits: PyInt): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return x < 0 ? -0 : 0;
  const n = Number(ndigits);
  const negative = x < 0;
  const ax = negative ? -x : x;
  if (n >= 0) {
    // Common case (round(speed, 2)): an integer and a power of ten, both exact doubles, and one
    // correctly rounded division, which is what reading the decimal digits back would give.
    const scaled = roundScaled(ax, n);
    if (scaled >= 0) return (negative ? -scaled : scaled) / POW10[n];
  }
  const q = roundToExp(exactDecimal(ax), -n);
  // The digits read back with JS's correctly rounded parser, as CPython reads them with strtod.
  const r = Number(q.toString() + 'e' + -n);
  if (r === Infinity) throw overflowError('rounded value too large to represent');
  return negative ? -r : r;
}
