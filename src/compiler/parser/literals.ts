// Number and string literal values: NUMBER token text → int/float/complex, and the body of a
// STRING token → its characters or bytes with escapes decoded as CPython decodes them.
import type { ConstantValue } from '../ast';
import { lookupUnicodeName } from './unicode-names';
import { boardFloats } from '../../objects/board-mode';
import { boardParseDecimal } from '../../objects/format/board-float-parse';

export function numberValue(text: string): ConstantValue {
  const s = text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text;
  const last = s.charCodeAt(s.length - 1) | 32;
  if (last === 106) return { type: 'complex', imag: Number(s.slice(0, -1)) };
  const second = s.charCodeAt(1) | 32;
  if (s.charCodeAt(0) === 48 && (second === 120 || second === 111 || second === 98)) return intValue(BigInt(s));
  if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) return { type: 'float', value: boardFloats ? boardParseDecimal(s) : Number(s) };
  return s.length <= 15 ? { type: 'int', value: Number(s) } : intValue(BigInt(s));
}

function intValue(b: bigint): ConstantValue {
  const n = Number(b);
  return { type: 'int', value: Number.isSafeInteger(n) ? n : b };
}

/** A string-literal decoding failure; the caller places it in the source. */
export class LiteralError {
  constructor(readonly msg: string) {}
}

function unicodeError(body: string, from: number, to: number, what: string): never {
  // CPython counts positions in the UTF-8 bytes of the literal's body.
  const start = Buffer.byteLength(body.slice(0, from));
  const end = start + Buffer.byteLength(body.slice(from, to)) - 1;
  throw new LiteralError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${end}: ${what}`);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);
}

/** Decodes the escapes of a non-raw str literal body. */
export function decodeStr(body: string): string {
  let i = body.indexOf('\\');
  if (i < 0) return body;
  let out = body.slice(0, i);
  const n = body.length;
  while (i < n) {
    const c = body[i];
    if (c !== '\\') {
      const next = body.indexOf('\\', i);
      const end = next < 0 ? n : next;
      out += body.slice(i, end);
      i = end;
      continue;
    }
    const e = body[i + 1];
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      i += 2;
    } else if (e >= '0' && e <= '7') {
      let j = i + 1;
      while (j < i + 4 && j < n && body[j] >= '0' && body[j] <= '7') j++;
      out += String.fromCodePoint(parseInt(body.slice(i + 1, j), 8));
      i = j;
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      let j = i + 2;
      while (j < i + 2 + len && isHex(body.charCodeAt(j))) j++;
      if (j < i + 2 + len) unicodeError(body, i, j, `truncated \\${e}${'X'.repeat(len)} escape`);
      const cp = parseInt(body.slice(i + 2, j), 16);
      if (cp > 0x10ffff) unicodeError(body, i, j, 'illegal Unicode character');
      out += String.fromCodePoint(cp);
      i = j;
    } else if (e === 'N') {
      const close = body.indexOf('}', i);
      if (body[i + 2] !== '{') unicodeError(body, i, i + 2, 'malformed \\N character escape');
      if (close < 0) unicodeError(body, i, n, 'malformed \\N character escape');
      const cp = lookupUnicodeName(body.slice(i + 3, close));
      if (cp === undefined) unicodeError(body, i, close + 1, 'unknown Unicode character name');
      out += String.fromCodePoint(cp);
      i = close + 1;
    } else {
      // Unknown escapes stay as written (CPython only warns).
      out += '\\';
      i++;
    }
  }
  return out;
}

/** The bytes of a bytes literal body (raw or not); undefined when it holds a non-ASCII character. */
export function decodeBytes(body: string, raw: boolean): Uint8Array | undefined {
  const out: number[] = [];
  const n = body.length;
  for (let i = 0; i < n;) {
    const c = body.charCodeAt(i);
    if (c >= 128) return undefined;
    if (c !== 92 || raw) {
      out.push(c);
      i++;
      continue;
    }
    const e = body[i + 1];
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      if (simple !== '') out.push(simple.charCodeAt(0));
      i += 2;
    } else if (e >= '0' && e <= '7') {
      let j = i + 1;
      while (j < i + 4 && j < n && body[j] >= '0' && body[j] <= '7') j++;
      out.push(parseInt(body.slice(i + 1, j), 8) & 0xff);
      i = j;
    } else if (e === 'x') {
      if (!isHex(body.charCodeAt(i + 2)) || !isHex(body.charCodeAt(i + 3))) {
        throw new LiteralError(`(value error) invalid \\x escape at position ${i}`);
      }
      out.push(parseInt(body.slice(i + 2, i + 4), 16));
      i += 4;
    } else {
      out.push(92);
      i++;
    }
  }
  return Uint8Array.from(out);
}

/** Splits a STRING token's text into its lower-cased prefix, quote length and body. */
export function splitStringToken(text: string): { prefix: string; quoteLen: number; body: string } {
  let p = 0;
  let q = text.charCodeAt(0);
  while (q !== 34 && q !== 39) q = text.charCodeAt(++p);
  const quoteLen = text.charCodeAt(p + 1) === q && text.charCodeAt(p + 2) === q && text.length >= p + 6 ? 3 : 1;
  return { prefix: text.slice(0, p).toLowerCase(), quoteLen, body: text.slice(p + quoteLen, text.length - quoteLen) };
}
