// repr(float) (== str(float)) as CPython writes it: shortest round-trip digits, exponent form
// below 1e-4 and from 1e16 on, '.0' on integral values, 'inf', 'nan', '-0.0'.
import { shortestDigits } from './fast-digits';

export function floatRepr(x: number): string {
  // Hot path (scores and coordinates printed every frame): JS's String() already writes the same
  // digits in plain notation over this whole range, so no digit work is needed.
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    return Number.isInteger(x) ? s + '.0' : s;
  }
  if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
  if (x !== x) return 'nan';
  if (ax === Infinity) return x < 0 ? '-inf' : 'inf';
  const { digits, exp } = shortestDigits(ax);
  const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  return (x < 0 ? '-' : '') + mant + exponentSuffix('e', exp);
}

/** 'e+05', 'e-07', 'e+123': sign always, at least two digits, as C's printf writes it. */
export function exponentSuffix(e: string, exp: number): string {
  const a = exp < 0 ? -exp : exp;
  return e + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}
