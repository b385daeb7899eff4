// int(str, base): CPython's accepted forms (whitespace, sign, base prefixes with base 0 or a
// matching base, '_' between digits) and its errors; digits are converted without loss.
import { invalidIntLiteral, valueError } from './format-error';
import { normalize, PyInt } from './int-convert';
import { numberText } from './number-text';

export function parseIntLiteral(s: string, base: number): PyInt {
  if (base !== 0 && (base < 2 || base > 36)) throw valueError('int() base must be >= 2 and <= 36, or 0');
  const v = parseIntText(s, base);
  if (v === undefined) throw invalidIntLiteral(base);
  return v;
}

/** int(s, base) for a valid base, or undefined when s is no integer in it. */
export function parseIntText(s: string, base: number): PyInt | undefined {
  return parseStripped(numberText(s), base);
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

function prefixBase(c: number): number {
  if (c === 120 || c === 88) return 16;
  if (c === 111 || c === 79) return 8;
  if (c === 98 || c === 66) return 2;
  return 0;
}

function parseStripped(t: string, base: number): PyInt | undefined {
  const n = t.length;
  let i = 0;
  let negative = false;
  const c0 = t.charCodeAt(0);
  if (c0 === 43 || c0 === 45) {
    negative = c0 === 45;
    i = 1;
  }
  let b = base;
  let afterPrefix = false;
  if (t.charCodeAt(i) === 48 && i + 1 < n) {
    const pb = prefixBase(t.charCodeAt(i + 1));
    if (pb !== 0 && (base === 0 || base === pb)) {
      b = pb;
      i += 2;
      afterPrefix = true; // a single '_' may follow the prefix directly
    }
  }
  if (b === 0) b = 10;
  const start = i;
  let digits = '';
  let prevDigit = afterPrefix;
  let nonZero = false;
  for (; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c === 95) {
      if (!prevDigit || i + 1 >= n) return undefined;
      prevDigit = false;
      continue;
    }
    const d = digitValue(c);
    if (d >= b) return undefined;
    if (d !== 0) nonZero = true;
    digits += t[i];
    prevDigit = true;
  }
  if (digits === '' || !prevDigit) return undefined;
  // Base 0 reads decimal without a prefix, where leading zeros are only allowed for zero itself.
  if (base === 0 && !afterPrefix && nonZero && t.charCodeAt(start) === 48) return undefined;
  return digits.length <= (b <= 10 ? 15 : b <= 16 ? 13 : 10) ? smallValue(digits, b, negative) : bigValue(digits, b, negative);
}

function smallValue(digits: string, b: number, negative: boolean): number {
  const v = parseInt(digits, b);
  return negative ? -v + 0 : v;
}

function bigValue(digits: string, b: number, negative: boolean): PyInt {
  let v: bigint;
  if (b === 10) v = BigInt(digits);
  else if (b === 16 || b === 8 || b === 2) v = BigInt('0' + 'xob'[[16, 8, 2].indexOf(b)] + digits);
  else {
    // Horner's rule in chunks that stay exact in a double.
    const chunk = Math.floor(Math.log(2 ** 52) / Math.log(b));
    v = 0n;
    for (let i = 0; i < digits.length; i += chunk) {
      const part = digits.slice(i, i + chunk);
      v = v * BigInt(b) ** BigInt(part.length) + BigInt(parseInt(part, b));
    }
  }
  return normalize(negative ? -v : v);
}
