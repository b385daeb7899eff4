// How the board writes a float. Facts from CircuitPython 9.2.9 (py/objfloat.c float_print,
// py/formatfloat.c mp_format_float, py/mpprint.c mp_print_float, py/objstr.c): str() and repr()
// are the same, '%g' with 6 significant digits into a 16-byte buffer, plus '.0' when the text has
// no '.', 'e' or 'n'; format() and %-formatting go through the same formatter into a 32-byte
// buffer. That formatter works in binary32 and is not correctly rounded, so its digits are
// reproduced here step by step rather than computed exactly:
//  - the decimal exponent is found from the binary one (times log10(2), truncated) and then by
//    comparing with powers of ten; 'g' writes positionally for exponents -4..precision-1;
//  - digits come from subtracting the power of ten for their place (at most 9 times) in binary32,
//    or, below the units place, from multiplying the remainder by ten;
//  - one digit more than shown is made, and if it is 5 or more the shown digits are rounded up
//    (half up on that digit alone, later digits ignored);
//  - precision is cut so that the text fits the buffer ('f' of a number too wide becomes 'e');
//  - 'g' drops trailing zeros and then a trailing '.'; the exponent has a sign and two digits.
import { binaryExponent, bitsBelowOne, f32, pow10f } from './board-float';
import { FormatSpec, unknownFormatCode } from './format-spec';
import { layoutNumber } from './number-layout';

const LOG10_2 = f32(0.3010299956639812);
/** The buffers of str() and of format()/'%' formatting. */
const REPR_BUFFER = 16;
const FORMAT_BUFFER = 32;

/** str()/repr() of a board float. */
export function boardFloatRepr(x: number): string {
  const s = boardFormatFloat(x, 'g', 6, '', REPR_BUFFER);
  return /[.en]/.test(s) ? s : s + '.0';
}

/**
 * The board's text for x in format `type` (e f g, upper case for E F G), `precision` digits (-1:
 * the default, 6), `sign` written before non-negative numbers ('', '+' or ' '), into a C buffer of
 * `bufferSize` bytes (its terminating NUL included).
 */
export function boardFormatFloat(value: number, type: string, precision: number, sign: string, bufferSize: number): string {
  const upper = type === 'E' || type === 'F' || type === 'G';
  const requested = type.toLowerCase();
  let x = value;
  const negative = x === x && (x < 0 || (x === 0 && 1 / x < 0));
  const lead = negative ? '-' : sign;
  if (negative) x = -x;
  if (x !== x || x === Infinity) {
    const word = x !== x ? 'nan' : 'inf';
    return lead + (upper ? word.toUpperCase() : word);
  }
  const room = bufferSize - 1 - lead.length; // bytes left for digits, point and exponent
  let prec = precision < 0 ? 6 : precision;
  let mode = requested;
  if (mode === 'g' && prec === 0) prec = 1;

  let exp = 0; // magnitude of the decimal exponent
  let expSign = ''; // '' when no exponent is written
  let intPlaces = 0; // digits still to write before the point, minus one
  let count = 0; // digits to write
  let place = 0; // decimal place of the first digit
  const guess = Math.trunc(f32(binaryExponent(x) * LOG10_2));
  if (x === 0) {
    if (mode === 'f') {
      prec = Math.min(prec, room - 2);
      count = prec + 1;
    } else {
      prec = Math.min(prec, room - 6);
      if (mode === 'e') expSign = '+';
    }
  } else if (bitsBelowOne(x)) {
    exp = -guess;
    let unit = pow10f(-exp);
    while (unit > x) unit = pow10f(-++exp);
    if (mode === 'f' || (mode === 'g' && exp <= 4)) {
      if (mode === 'g') prec += exp - 1;
      mode = 'f';
      prec = Math.min(prec, room - 2);
      count = prec + 1;
    } else {
      x = f32(x / unit);
      expSign = '-';
      if (prec > room - 6) prec = room - 6 + (mode === 'g' ? 1 : 0);
      place = -exp;
    }
  } else {
    exp = guess;
    while (x >= pow10f(exp + 1)) exp++;
    if (mode === 'f') {
      if (exp >= room) mode = 'e';
      else if (exp + prec + 2 > room) {
        prec = room - exp - 2;
        if (prec < 0) prec++;
      }
    }
    if (mode === 'e' && prec > room - 6) prec = room - 6;
    if (mode === 'g' && prec + 5 > room) prec = room - 5;
    if (mode === 'g' && exp < prec) {
      mode = 'f';
      prec -= exp + 1;
    }
    if (mode === 'f') {
      intPlaces = exp;
      count = prec + exp + 1;
    } else {
      expSign = '+';
    }
    place = exp;
  }
  if (prec < 0) prec = 0;
  if (mode === 'e') count = prec + 1;
  else if (mode === 'g') {
    if (prec === 0) prec = 1;
    count = prec;
  }

  const out: string[] = lead === '' ? [] : [lead];
  let next = 0;
  for (; count >= 0; place--, count--, intPlaces--) {
    const unit = place > 0 ? pow10f(place) : 1;
    let d = 0;
    while (d < 9 && x >= unit) {
      x = f32(x - unit);
      d++;
    }
    if (count > 0) {
      out.push(String(d));
      if (intPlaces === 0 && prec > 0) out.push('.');
    }
    if (place <= 0) x = f32(x * 10);
    next = d;
  }
  if (next >= 5) {
    const carried = roundUp(out);
    if (carried >= 0) {
      if (out[carried + 1] === '.' && mode !== 'f') {
        // 9.99e+01 became 0.00: it is 1.00e+02.
        out[carried] = '.';
        out[carried + 1] = '0';
        if (expSign === '-') {
          exp--;
          if (exp === 0) expSign = '+';
        } else {
          exp++;
        }
        out.splice(carried, 0, '1');
        out.pop();
      } else {
        out.splice(carried, 0, '1');
        if (out.length >= bufferSize) out.pop(); // no room for the extra digit: the last one goes
      }
    }
  }
  if (requested === 'g' && prec > 0) {
    while (out[out.length - 1] === '0') out.pop();
    if (out[out.length - 1] === '.') out.pop();
  }
  if (expSign !== '') out.push(upper ? 'E' : 'e', expSign, String(Math.floor(exp / 10) % 10), String(exp % 10));
  return out.join('');
}

/**
 * Adds one to the last digit of `out`, carrying leftwards over the point. Returns the index where a
 * leading '1' must go in when the carry ran off the first digit (all nines), else -1.
 */
function roundUp(out: string[]): number {
  let i = out.length - 1;
  for (;;) {
    const c = out[i];
    if (c === '.') {
      i--;
      continue;
    }
    if (c < '0' || c > '9') {
      i++; // the sign: the first digit is right of it
      break;
    }
    if (c !== '9') {
      out[i] = String(Number(c) + 1);
      return -1;
    }
    out[i] = '0';
    if (i === 0) break;
    i--;
  }
  return out[i] === '0' ? i : -1;
}

/**
 * format(x, spec) and '%' formatting on the board: no type means 'g' with 6 digits (not repr),
 * '%' multiplies by 100 in binary32; padding and alignment as usual, but no digit grouping.
 */
export function boardFormatWith(x: number, f: FormatSpec, typeName: string): string {
  let type = f.type;
  let value = x;
  let percent = '';
  switch (type) {
    case '': case 'n':
      type = 'g';
      break;
    case '%':
      type = 'f';
      value = f32(x * 100);
      percent = '%';
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      break;
    default:
      throw unknownFormatCode(type, typeName);
  }
  const text = boardFormatFloat(value, type, f.precision, f.sign === '-' ? '' : f.sign, FORMAT_BUFFER) + percent;
  const signed = text[0] === '-' || text[0] === '+' || text[0] === ' ';
  return layoutNumber({ ...f, grouping: '' }, signed ? text[0] : '', '', signed ? text.slice(1) : text, '');
}
