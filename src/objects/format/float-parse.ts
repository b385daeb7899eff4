// float(str): CPython's accepted forms (decimal with '_' between digits, inf/infinity/nan in any case,
// surrounding whitespace) and its error, with JS's correctly rounded parser doing the conversion.
import { invalidFloatLiteral } from './format-error';
import { numberText } from './number-text';
import { boardParseDecimal } from './board-float-parse';
import { boardFloats } from '../board-mode';

export function floatFromString(s: string): number {
  const t = numberText(s);
  const x = parseStripped(t);
  if (x === undefined) throw invalidFloatLiteral();
  return x;
}

function parseStripped(t: string): number | undefined {
  const n = t.length;
  let i = 0;
  let negative = false;
  const c0 = t.charCodeAt(0);
  if (c0 === 43 || c0 === 45) {
    negative = c0 === 45;
    i = 1;
  }
  const word = t.slice(i).toLowerCase();
  if (word === 'inf' || word === 'infinity') return negative ? -Infinity : Infinity;
  if (word === 'nan') return NaN;
  // digits ['.' digits] [e [sign] digits], at least one mantissa digit, '_' only between two digits.
  let clean = negative ? '-' : '';
  let mantissaDigits = 0;
  let part = 0; // 0 integer part, 1 fraction, 2 exponent
  let expDigits = 0;
  let prevDigit = false;
  for (; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      clean += t[i];
      if (part < 2) mantissaDigits++;
      else expDigits++;
      prevDigit = true;
      continue;
    }
    if (c === 95) {
      const next = t.charCodeAt(i + 1);
      if (!prevDigit || !(next >= 48 && next <= 57)) return undefined;
      prevDigit = false;
      continue;
    }
    prevDigit = false;
    if (c === 46 && part === 0) {
      part = 1;
      clean += '.';
    } else if ((c === 101 || c === 69) && part < 2 && mantissaDigits > 0) {
      part = 2;
      clean += 'e';
      const s = t.charCodeAt(i + 1);
      if (s === 43 || s === 45) {
        clean += t[i + 1];
        i++;
      }
    } else {
      return undefined;
    }
  }
  if (mantissaDigits === 0 || (part === 2 && expDigits === 0)) return undefined;
  return boardFloats ? boardParseDecimal(clean) : Number(clean);
}
