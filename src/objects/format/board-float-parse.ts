// How the board reads a decimal number (float literals and float(str)). Facts from CircuitPython
// 9.2.9 py/parsenum.c (mp_parse_num_float, single-precision build): the significant digits are
// gathered into a binary32 value, v = 10*v + digit, each step rounded; zeros are held back until a
// non-zero digit follows (so trailing zeros cost no precision); once v reaches 1e20 further digits
// are dropped (counting as powers of ten in the integer part). The decimal exponent is then
// applied in one step: exponents below -37 first scale by 1e-37; -9..-1 divide by the exact power
// of ten, anything else multiplies by powf(10, exp). The result becomes a board float (30 bits).
import { f32, pow10f } from './board-float';

const DIGITS_LIMIT = f32(1e20);
const SMALLEST_NORMAL_EXP = -37;

/** `text` is already checked: [-]digits[.digits][e[+-]digits], at least one mantissa digit. */
export function boardParseDecimal(text: string): number {
  let i = 0;
  const negative = text[0] === '-';
  if (negative || text[0] === '+') i = 1;
  let v = 0;
  let exp = 0;
  let inFraction = false;
  let heldIntZeros = 0;
  let heldFracZeros = 0;
  const accept = (digit: number, fraction: boolean): void => {
    if (v < DIGITS_LIMIT) {
      v = f32(10 * v + digit);
      if (fraction) exp--;
    } else if (!fraction) {
      exp++;
    }
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '.') {
      inFraction = true;
      continue;
    }
    if (c === 'e' || c === 'E') {
      exp += Number(text.slice(i + 1));
      break;
    }
    const digit = c.charCodeAt(0) - 48;
    if (digit === 0 || v >= DIGITS_LIMIT) {
      if (inFraction) heldFracZeros++;
      else heldIntZeros++;
      continue;
    }
    for (; heldIntZeros > 0; heldIntZeros--) accept(0, false);
    for (; heldFracZeros > 0; heldFracZeros--) accept(0, true);
    accept(digit, inFraction);
  }
  exp += heldIntZeros;
  if (exp < SMALLEST_NORMAL_EXP) {
    exp -= SMALLEST_NORMAL_EXP;
    v = f32(v * pow10f(SMALLEST_NORMAL_EXP));
  }
  v = exp < 0 && exp >= -9 ? f32(v / pow10f(-exp)) : f32(v * pow10f(exp));
  return negative ? -v : v;
}
