// The methods of str: searching, splitting, stripping, case, padding, classification, join,
// format/format_map, encode. Positions in results are code-point positions.
import { None, PyValue, strType, typeOf } from './core';
import { newTypeError, newValueError } from './exceptions';
import { defineMethod } from './args';
import { PyMethodDescriptor } from './builtin-function';
import { asStr, codePoints, flattened, hasSurrogates, strLen } from './str';
import { PyTuple } from './tuple';
import { PyList } from './list';
import { toArray, index as toIndex } from './ops';
import { formatStr } from './format/format-str';
import { pyErr } from './format-bridge';
import { strFormat } from './str-format';
import { encodeStr } from './bytes';
import { PyDict } from './dict';

function s(v: PyValue): string {
  return asStr(v)!;
}

function argStr(v: PyValue, what: string): string {
  const r = asStr(v);
  if (r === undefined) throw newTypeError(`${what} must be str, not ${typeOf(v).name}`);
  return r;
}

const WS = ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

function isSpaceChar(c: string): boolean { return WS.includes(c); }

/** Whether the UTF-16 unit c is in WS; the ASCII ones are tested without searching WS. */
function isSpaceUnit(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  return WS.includes(String.fromCharCode(c));
}

function stripChars(str: string, chars: PyValue, left: boolean, right: boolean): string {
  let a = 0, b = str.length;
  if (chars === None) {
    if (left) while (a < b && isSpaceUnit(str.charCodeAt(a))) a++;
    if (right) while (b > a && isSpaceUnit(str.charCodeAt(b - 1))) b--;
    return str.slice(a, b);
  }
  const set = argStr(chars, 'strip arg');
  if (left) while (a < b && set.includes(str[a])) a++;
  if (right) while (b > a && set.includes(str[b - 1])) b--;
  return str.slice(a, b);
}

/** start/end arguments of find/count/startswith… as UTF-16 offsets. */
function range(str: string, start: PyValue, end: PyValue): [number, number] {
  const len = strLen(str);
  const norm = (v: PyValue, def: number): number => {
    if (v === None || v === undefined) return def;
    let n = Number(toIndex(v));
    if (n < 0) { n += len; if (n < 0) n = 0; }
    return n > len ? len : n;
  };
  let a = norm(start, 0), b = norm(end, len);
  // A start past the end matches nothing, not even '' (CPython); start = length + 1 says so.
  const past = start !== None && start !== undefined && Number(toIndex(start)) > len;
  if (hasSurrogates(str)) { a = unitOffset(str, a); b = unitOffset(str, b); }
  return [past ? str.length + 1 : a, b];
}

function unitOffset(str: string, cp: number): number {
  let i = 0;
  for (let k = 0; k < cp && i < str.length; k++) i += str.codePointAt(i)! > 0xffff ? 2 : 1;
  return i;
}

function cpIndex(str: string, unit: number): number {
  return hasSurrogates(str) ? strLen(str.slice(0, unit)) : unit;
}

function find(str: string, sub: PyValue, start: PyValue, end: PyValue, fromRight: boolean): number {
  const t = argStr(sub, 'must be str, not');
  const [a, b] = range(str, start, end);
  if (b - a < t.length) return -1;
  // Searching in place (no slice): a hit must lie wholly inside [a, b).
  const i = fromRight ? str.lastIndexOf(t, b - t.length) : str.indexOf(t, a);
  if (i < a || i + t.length > b) return -1;
  return cpIndex(str, i);
}

function splitWhitespace(str: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = str.length;
  while (i < n) {
    while (i < n && isSpaceChar(str[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      let e = n;
      while (e > i && isSpaceChar(str[e - 1])) e--;
      out.push(str.slice(i, e));
      return out;
    }
    let j = i;
    while (j < n && !isSpaceChar(str[j])) j++;
    out.push(str.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWhitespace(str: string, maxsplit: number): string[] {
  const out: string[] = [];
  let j = str.length;
  while (j > 0) {
    while (j > 0 && isSpaceChar(str[j - 1])) j--;
    if (j <= 0) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      let b = 0;
      while (b < j && isSpaceChar(str[b])) b++;
      out.push(str.slice(b, j));
      break;
    }
    let i = j;
    while (i > 0 && !isSpaceChar(str[i - 1])) i--;
    out.push(str.slice(i, j));
    j = i;
  }
  return out.reverse();
}

function listOf(items: string[]): PyList { return new PyList(items); }

defineMethod(strType, 'split(self, sep=None, maxsplit=-1)', (v, sep, max) => {
  const str = s(v);
  const m = Number(toIndex(max));
  if (sep === None) return listOf(splitWhitespace(str, m));
  const t = argStr(sep, 'must be str or None, not');
  if (t === '') throw newValueError('empty separator');
  const parts = str.split(t);
  if (m >= 0 && parts.length > m + 1) return listOf([...parts.slice(0, m), parts.slice(m).join(t)]);
  return listOf(parts);
});
defineMethod(strType, 'rsplit(self, sep=None, maxsplit=-1)', (v, sep, max) => {
  const str = s(v);
  const m = Number(toIndex(max));
  if (sep === None) return listOf(rsplitWhitespace(str, m));
  const t = argStr(sep, 'must be str or None, not');
  if (t === '') throw newValueError('empty separator');
  const parts = str.split(t);
  if (m >= 0 && parts.length > m + 1) {
    const k = parts.length - m;
    return listOf([parts.slice(0, k).join(t), ...parts.slice(k)]);
  }
  return listOf(parts);
});
defineMethod(strType, 'splitlines(self, keepends=False)', (v, keep) => {
  const str = s(v);
  const out: string[] = [];
  const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let last = 0;
  for (let m = re.exec(str); m !== null; m = re.exec(str)) {
    out.push(str.slice(last, keep === true || keep === 1 ? m.index + m[0].length : m.index));
    last = m.index + m[0].length;
  }
  if (last < str.length) out.push(str.slice(last));
  return listOf(out);
});
defineMethod(strType, 'join(self, iterable, /)', (v, it) => {
  // Lists and tuples of plain strings (the usual case) join without copying.
  if ((it instanceof PyList || it instanceof PyTuple) && !it.cls.isHeapType) {
    const src = it.items;
    let plain = true;
    for (let i = 0; i < src.length; i++) if (typeof src[i] !== 'string') { plain = false; break; }
    if (plain) return concatAll(src as string[], s(v));
  }
  const items = toArray(it);
  const parts = new Array<string>(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = asStr(items[i]);
    if (x === undefined) throw newTypeError(`sequence item ${i}: expected str instance, ${typeOf(items[i]).name} found`);
    parts[i] = x;
  }
  return concatAll(parts, s(v));
});

/**
 * parts joined by sep. V8's Array.prototype.join slows down badly on long arrays (40 000
 * one-character strings: 6 ms, against 0.4 ms for this loop and one flattening of the rope).
 */
function concatAll(parts: string[], sep: string): string {
  const n = parts.length;
  if (n === 0) return '';
  let out = parts[0];
  if (sep === '') {
    for (let i = 1; i < n; i++) out += parts[i];
  } else {
    for (let i = 1; i < n; i++) { out += sep; out += parts[i]; }
  }
  return flattened(out);
}
defineMethod(strType, 'strip(self, chars=None, /)', (v, c) => stripChars(s(v), c, true, true));
defineMethod(strType, 'lstrip(self, chars=None, /)', (v, c) => stripChars(s(v), c, true, false));
defineMethod(strType, 'rstrip(self, chars=None, /)', (v, c) => stripChars(s(v), c, false, true));
defineMethod(strType, 'find(self, sub, start=None, end=None, /)', (v, t, a, b) => find(s(v), t, a, b, false));
defineMethod(strType, 'rfind(self, sub, start=None, end=None, /)', (v, t, a, b) => find(s(v), t, a, b, true));
defineMethod(strType, 'index(self, sub, start=None, end=None, /)', (v, t, a, b) => {
  const i = find(s(v), t, a, b, false);
  if (i < 0) throw newValueError('substring not found');
  return i;
});
defineMethod(strType, 'rindex(self, sub, start=None, end=None, /)', (v, t, a, b) => {
  const i = find(s(v), t, a, b, true);
  if (i < 0) throw newValueError('substring not found');
  return i;
});
defineMethod(strType, 'count(self, sub, start=None, end=None, /)', (v, sub, a, b) => {
  const str = s(v);
  const t = argStr(sub, 'must be str, not');
  const [x, y] = range(str, a, b);
  if (y - x < t.length) return 0;
  if (t === '') return strLen(str.slice(x, y)) + 1;
  let n = 0;
  for (let i = str.indexOf(t, x); i >= 0 && i + t.length <= y; i = str.indexOf(t, i + t.length)) n++;
  return n;
});
defineMethod(strType, 'replace(self, old, new, count=-1, /)', (v, o, n, c) => {
  const str = s(v);
  const a = argStr(o, 'replace() argument 1'), b = argStr(n, 'replace() argument 2');
  const max = Number(toIndex(c));
  if (max < 0) {
    if (a === '') return codePoints(str).length === 0 ? b : b + codePoints(str).join(b) + b;
    return b.includes('$') ? str.replaceAll(a, () => b) : str.replaceAll(a, b); // a function keeps $& literal
  }
  let out = '', rest = str, k = 0;
  if (a === '') {
    const cps = codePoints(str);
    for (let i = 0; i <= cps.length; i++) { if (k < max) { out += b; k++; } if (i < cps.length) out += cps[i]; }
    return out;
  }
  while (k < max) {
    const i = rest.indexOf(a);
    if (i < 0) break;
    out += rest.slice(0, i) + b;
    rest = rest.slice(i + a.length);
    k++;
  }
  return out + rest;
});

function affix(name: string, test: (str: string, x: string) => boolean) {
  return (v: PyValue, prefix: PyValue, a: PyValue, b: PyValue): boolean => {
    const str = s(v);
    const [x, y] = range(str, a, b);
    const part = str.slice(x, y);
    if (prefix instanceof PyTuple) {
      for (const p of prefix.items) {
        const ps = asStr(p);
        if (ps === undefined) throw newTypeError(`tuple for ${name} must only contain str, not ${typeOf(p).name}`);
        if (x <= str.length && test(part, ps)) return true;
      }
      return false;
    }
    const ps = asStr(prefix);
    if (ps === undefined) throw newTypeError(`${name} first arg must be str or a tuple of str, not ${typeOf(prefix).name}`);
    return x <= str.length && test(part, ps);
  };
}
defineMethod(strType, 'startswith(self, prefix, start=None, end=None, /)', affix('startswith', (p, x) => p.startsWith(x)));
defineMethod(strType, 'endswith(self, suffix, start=None, end=None, /)', affix('endswith', (p, x) => p.endsWith(x)));

defineMethod(strType, 'upper(self)', (v) => s(v).toUpperCase());
defineMethod(strType, 'lower(self)', (v) => s(v).toLowerCase());
// Full case folding approximated per code point by lower(upper(c)): ß → ss, ﬁ → fi, and a final
// sigma folds to σ because each character is mapped without its context.
defineMethod(strType, 'casefold(self)', (v) => {
  let out = '';
  for (const c of s(v)) out += c.toUpperCase().toLowerCase();
  return out;
});
defineMethod(strType, 'swapcase(self)', (v) => {
  let out = '';
  for (const c of s(v)) { const u = c.toUpperCase(); out += u === c ? c.toLowerCase() : u; }
  return out;
});
defineMethod(strType, 'capitalize(self)', (v) => {
  const cps = codePoints(s(v));
  if (cps.length === 0) return '';
  return cps[0].toUpperCase() + cps.slice(1).join('').toLowerCase();
});
defineMethod(strType, 'title(self)', (v) => {
  let out = '', prevCased = false;
  for (const c of s(v)) {
    const cased = c.toLowerCase() !== c.toUpperCase();
    out += cased ? (prevCased ? c.toLowerCase() : c.toUpperCase()) : c;
    prevCased = cased;
  }
  return out;
});

function fillChar(f: PyValue): string {
  const c = asStr(f);
  if (c === undefined || strLen(c) !== 1) {
    throw newTypeError(c === undefined ? `The fill character must be a unicode character, not ${typeOf(f).name}` : 'The fill character must be exactly one character long');
  }
  return c;
}
defineMethod(strType, 'center(self, width, fillchar=\' \', /)', (v, w, f) => {
  const str = s(v), c = fillChar(f), len = strLen(str), width = Number(toIndex(w));
  if (width <= len) return str;
  const marg = width - len;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return c.repeat(left) + str + c.repeat(marg - left);
});
defineMethod(strType, 'ljust(self, width, fillchar=\' \', /)', (v, w, f) => {
  const str = s(v), c = fillChar(f), n = Number(toIndex(w)) - strLen(str);
  return n > 0 ? str + c.repeat(n) : str;
});
defineMethod(strType, 'rjust(self, width, fillchar=\' \', /)', (v, w, f) => {
  const str = s(v), c = fillChar(f), n = Number(toIndex(w)) - strLen(str);
  return n > 0 ? c.repeat(n) + str : str;
});
defineMethod(strType, 'zfill(self, width, /)', (v, w) => {
  const str = s(v), n = Number(toIndex(w)) - strLen(str);
  if (n <= 0) return str;
  const sign = str[0] === '+' || str[0] === '-' ? str[0] : '';
  return sign + '0'.repeat(n) + str.slice(sign.length);
});
defineMethod(strType, 'expandtabs(self, tabsize=8)', (v, ts) => {
  const size = Number(toIndex(ts));
  let out = '', col = 0;
  for (const c of s(v)) {
    if (c === '\t') {
      if (size > 0) { const k = size - (col % size); out += ' '.repeat(k); col += k; }
    } else if (c === '\n' || c === '\r') { out += c; col = 0; } else { out += c; col++; }
  }
  return out;
});

function classify(re: RegExp, emptyResult = false) {
  return (v: PyValue): boolean => {
    const str = s(v);
    return str.length === 0 ? emptyResult : re.test(str);
  };
}
defineMethod(strType, 'isdigit(self)', classify(/^[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]+$/u));
defineMethod(strType, 'isdecimal(self)', classify(/^\p{Nd}+$/u));
defineMethod(strType, 'isnumeric(self)', classify(/^\p{N}+$/u));
defineMethod(strType, 'isalpha(self)', classify(/^\p{L}+$/u));
defineMethod(strType, 'isalnum(self)', classify(/^[\p{L}\p{N}]+$/u));
defineMethod(strType, 'isspace(self)', (v) => { const str = s(v); return str.length > 0 && Array.from(str).every(isSpaceChar); });
defineMethod(strType, 'isascii(self)', (v) => /^[\x00-\x7f]*$/.test(s(v)));
defineMethod(strType, 'isidentifier(self)', classify(/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u));
defineMethod(strType, 'isprintable(self)', (v) => !/[\p{C}\p{Z}]/u.test(s(v).replace(/ /g, '')));
defineMethod(strType, 'isupper(self)', (v) => {
  const str = s(v);
  return /\p{Lu}|\p{Lt}/u.test(str) && !/\p{Ll}/u.test(str);
});
defineMethod(strType, 'islower(self)', (v) => {
  const str = s(v);
  return /\p{Ll}/u.test(str) && !/\p{Lu}|\p{Lt}/u.test(str);
});
defineMethod(strType, 'istitle(self)', (v) => {
  let prevCased = false, any = false;
  for (const c of s(v)) {
    const upper = /\p{Lu}|\p{Lt}/u.test(c), lower = /\p{Ll}/u.test(c);
    if (upper) { if (prevCased) return false; prevCased = true; any = true; } else if (lower) { if (!prevCased) return false; prevCased = true; any = true; } else prevCased = false;
  }
  return any;
});
defineMethod(strType, 'partition(self, sep, /)', (v, sep) => {
  const str = s(v), t = argStr(sep, 'must be str, not');
  if (t === '') throw newValueError('empty separator');
  const i = str.indexOf(t);
  return new PyTuple(i < 0 ? [str, '', ''] : [str.slice(0, i), t, str.slice(i + t.length)]);
});
defineMethod(strType, 'rpartition(self, sep, /)', (v, sep) => {
  const str = s(v), t = argStr(sep, 'must be str, not');
  if (t === '') throw newValueError('empty separator');
  const i = str.lastIndexOf(t);
  return new PyTuple(i < 0 ? ['', '', str] : [str.slice(0, i), t, str.slice(i + t.length)]);
});
defineMethod(strType, 'removeprefix(self, prefix, /)', (v, p) => { const str = s(v), t = argStr(p, 'removeprefix() argument'); return str.startsWith(t) ? str.slice(t.length) : str; });
defineMethod(strType, 'removesuffix(self, suffix, /)', (v, p) => { const str = s(v), t = argStr(p, 'removesuffix() argument'); return t && str.endsWith(t) ? str.slice(0, -t.length) : str; });
// format(self, /, *args, **kwargs) reads the call's arguments where they are: binding them would
// copy the positional ones into a new array and make a Map on every call.
strType.typeDict.set('format', new PyMethodDescriptor('format', strType, (args, kwnames) => {
  const end = args.length - (kwnames === undefined ? 0 : kwnames.length);
  let kw = NO_KEYWORDS;
  if (end < args.length) {
    const given = new Map<string, PyValue>();
    for (let i = end; i < args.length; i++) given.set(kwnames![i - end], args[i]);
    kw = given;
  }
  return strFormat(s(args[0]), args, 1, end, kw);
}));
strType.bumpVersion();
const NO_KEYWORDS: ReadonlyMap<string, PyValue> = new Map();
defineMethod(strType, 'format_map(self, mapping, /)', (v, m) => strFormat(s(v), [], 0, 0, m as PyDict));
defineMethod(strType, '__format__(self, format_spec, /)', (v, spec) => {
  try { return formatStr(s(v), argStr(spec, 'format_spec')); } catch (e) { throw pyErr(e); }
});
defineMethod(strType, 'encode(self, encoding=\'utf-8\', errors=\'strict\')', (v, enc, err) => encodeStr(s(v), enc, err));
defineMethod(strType, '__getnewargs__(self)', (v) => new PyTuple([s(v)]));
