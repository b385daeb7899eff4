// The text int() and float() actually parse: like CPython, non-ASCII whitespace becomes ' ' and
// non-ASCII decimal digits (Arabic-Indic, fullwidth, ...) become ASCII, then ASCII whitespace is stripped.

const DECIMAL_DIGIT = /\p{Nd}/u;

export function numberText(s: string): string {
  return stripAsciiSpace(toAsciiDigits(s));
}

function toAsciiDigits(s: string): string {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) < 128) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (const ch of s.slice(i)) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (isUnicodeSpace(c)) out += ' ';
    else if (DECIMAL_DIGIT.test(ch)) out += String(digitValue(c));
    else out += '?'; // never valid in a number, and keeps the length
  }
  return out;
}

/** Unicode guarantees decimal digits come in runs of ten, 0 to 9, so the value is the offset in the run. */
function digitValue(c: number): number {
  let start = c;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (c - start) % 10;
}

function isUnicodeSpace(c: number): boolean {
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function stripAsciiSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isAsciiSpace(s.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}
