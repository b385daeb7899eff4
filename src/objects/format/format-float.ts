// format(float, spec): the format-spec mini-language for floats (e E f F g G n % and none), with
// CPython's rounding (half-even on the exact binary value) and its choices of notation.
import { fixedString, shortestDigits, sigDigits } from './fast-digits';
import { exponentSuffix, floatRepr } from './float-repr';
import { FormatSpec, parseFormatSpec, unknownFormatCode } from './format-spec';
import { valueError } from './format-error';
import { layoutNumber } from './number-layout';
import { boardFloatRepr, boardFormatWith } from './board-float-format';
import { boardFloats } from '../board-mode';

const MAX_PRECISION = 2 ** 31 - 1; // CPython hands the precision to C as an int

/** typeName: the Python type named in error messages (a float subclass gives its own). */
export function formatFloat(value: number, spec: string, typeName = 'float'): string {
  if (spec === '') return boardFloats ? boardFloatRepr(value) : floatRepr(value);
  return formatFloatWith(value, parseFormatSpec(spec, typeName, '', '>'), typeName);
}

/** The integer digits and what follows them ('.25', 'e+07', 'inf'), before sign and padding. */
interface Body {
  intDigits: string;
  rest: string;
}

export function formatFloatWith(value: number, f: FormatSpec, typeName = 'float'): string {
  if (boardFloats) return boardFormatWith(value, f, typeName);
  let type = f.type;
  let precision = f.precision;
  let addDot0 = false;
  let defaultPrecision = 6;
  switch (type) {
    case '':
      // No type: repr-like without a precision, otherwise 'g' that keeps a '.0' on integral values.
      addDot0 = true;
      type = 'r';
      defaultPrecision = 0;
      break;
    case 'n':
      type = 'g';
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      break;
    default:
      throw unknownFormatCode(type, typeName);
  }
  if (precision > MAX_PRECISION) throw valueError('precision too big');
  let x = value;
  let percent = false;
  if (type === '%') {
    type = 'f';
    x *= 100; // a float multiplication, rounding included, as CPython does
    percent = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let negative = x < 0 || (x === 0 && 1 / x < 0);
  const ax = negative ? -x : x;
  const upper = type === 'E' || type === 'F' || type === 'G';
  if ((type === 'f' || type === 'F') && f.width < 0 && f.grouping === '' && ax < Infinity) {
    // Hot path ('{:.2f}' of a score or a time): no padding, so no need to split the digits.
    let s = fixedString(ax, precision);
    if (precision === 0 && f.alternate) s += '.';
    if (negative && f.noNegZero && isAllZero(s)) negative = false;
    const sign = negative ? '-' : f.sign === '+' || f.sign === ' ' ? f.sign : '';
    return percent ? sign + s + '%' : sign + s;
  }
  let body: Body;
  if (ax !== ax || ax === Infinity) {
    body = { intDigits: '', rest: ax !== ax ? (upper ? 'NAN' : 'nan') : upper ? 'INF' : 'inf' };
  } else {
    body = finiteBody(ax, type, precision, f.alternate, addDot0);
    if (negative && f.noNegZero && isAllZero(body.intDigits + body.rest)) negative = false;
  }
  if (percent) body.rest += '%';
  const sign = negative ? '-' : f.sign === '+' || f.sign === ' ' ? f.sign : '';
  return layoutNumber(f, sign, '', body.intDigits, body.rest);
}

function finiteBody(ax: number, type: string, precision: number, alt: boolean, addDot0: boolean): Body {
  switch (type) {
    case 'f': case 'F':
      return fixedBody(ax, precision, alt);
    case 'e': case 'E': {
      const { digits, exp } = ax === 0 ? { digits: '0'.repeat(precision + 1), exp: 0 } : sigDigits(ax, precision + 1);
      return exponentBody(digits, exp, alt, type);
    }
    case 'r': {
      const { digits, exp } = ax === 0 ? { digits: '0', exp: 0 } : shortestDigits(ax);
      if (exp < -4 || exp >= 16) return exponentBody(digits, exp, alt, 'e');
      return positionalBody(digits, exp, alt, addDot0);
    }
    default: {
      // 'g' / 'G': precision significant digits, trailing zeros dropped unless '#'.
      const p = precision === 0 ? 1 : precision;
      let { digits, exp } = ax === 0 ? { digits: '0'.repeat(p), exp: 0 } : sigDigits(ax, p);
      if (!alt) digits = stripTrailingZeros(digits);
      const decpt = exp + 1;
      if (decpt <= -4 || decpt > (addDot0 ? p - 1 : p)) return exponentBody(digits, exp, alt, type === 'G' ? 'E' : 'e');
      return positionalBody(digits, exp, alt, addDot0);
    }
  }
}

function fixedBody(ax: number, precision: number, alt: boolean): Body {
  const s = fixedString(ax, precision);
  if (precision === 0) return { intDigits: s, rest: alt ? '.' : '' };
  const dot = s.length - precision - 1;
  return { intDigits: s.slice(0, dot), rest: s.slice(dot) };
}

function exponentBody(digits: string, exp: number, alt: boolean, e: string): Body {
  const frac = digits.length > 1 ? '.' + digits.slice(1) : alt ? '.' : '';
  return { intDigits: digits[0], rest: frac + exponentSuffix(e, exp) };
}

/** digits (first one at decimal exponent exp) written without an exponent. */
function positionalBody(digits: string, exp: number, alt: boolean, addDot0: boolean): Body {
  const decpt = exp + 1;
  let intDigits: string;
  let frac: string;
  if (decpt <= 0) {
    intDigits = '0';
    frac = '0'.repeat(-decpt) + digits;
  } else if (decpt >= digits.length) {
    intDigits = digits + '0'.repeat(decpt - digits.length);
    frac = '';
  } else {
    intDigits = digits.slice(0, decpt);
    frac = digits.slice(decpt);
  }
  const rest = frac !== '' ? '.' + frac : addDot0 ? '.0' : alt ? '.' : '';
  return { intDigits, rest };
}

function stripTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 1 && digits.charCodeAt(end - 1) === 48) end--;
  return end === digits.length ? digits : digits.slice(0, end);
}

/** Are all the digits of a formatted number zero (the exponent's excepted)? */
function isAllZero(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 101 || c === 69) break; // the exponent's digits do not count
    if (c > 48 && c <= 57) return false;
  }
  return true;
}
