// str: a JS string; len, indexing and slicing count code points (strings holding surrogate
// pairs take a slower path). Subclass instances are PyStrSub. Methods are in str-methods.ts.
import { BinOp, CmpOp, KwNames, NotImplemented, PyObject, PyType, PyValue, STOP, makeNativeType, strType, typeOf, type PyObjectDict } from './core';
import { newIndexError, newTypeError } from './exceptions';
import { Signature } from './args';
import { str as toStr, repr as reprOf } from './ops';
import { PySlice, sliceIndices } from './slice';
import { repeatCount } from './seq';
import { pyStrRepr } from './format/str-repr';
import { percentFormat } from './str-percent';
import { decodeBytes } from './bytes';

/** An instance of a Python subclass of str. */
export class PyStrSub extends PyObject {
  constructor(cls: PyType, public value: string) { super(cls); }
}

/** The str value of a str or str-subclass instance, else undefined. */
export function asStr(v: PyValue): string | undefined {
  if (typeof v === 'string') return v;
  if (v instanceof PyStrSub) return v.value;
  return undefined;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Whether s holds surrogate pairs (then len and indexing count code points). Short strings are
 * scanned directly; a long one is remembered, so `for i in range(len(s)): s[i]` does not scan a
 * long string once per index (a memo of a pure function: no state a Runtime could see).
 */
export function hasSurrogates(s: string): boolean {
  const n = s.length;
  if (n < 48) {
    for (let i = 0; i < n; i++) if ((s.charCodeAt(i) & 0xf800) === 0xd800) return true;
    return false;
  }
  if (s !== lastLongString) {
    lastLongString = s;
    lastLongHasSurrogates = SURROGATE.test(s);
  }
  return lastLongHasSurrogates;
}

let lastLongString = '';
let lastLongHasSurrogates = false;

/**
 * s, flattened. Text built piece by piece is a V8 rope, a tree of 32-byte nodes; a formatted line
 * kept in a list then holds a dozen objects the GC copies instead of one (a list of 9000 formatted
 * lines, built 50 times: 690 ms -> 200 ms). Reading a character makes V8 flatten s in place.
 */
export function flattened(s: string): string {
  s.charCodeAt(0);
  return s;
}

export function strLen(s: string): number {
  if (s.length < 2 || !hasSurrogates(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

export function strRepr(s: string): string {
  return pyStrRepr(s);
}

/** The code points of s as separate strings (slow path only). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** Whether units 0..k of s (k < s.length) hold no surrogate, so code point k is the unit s[k]. */
function plainUpTo(s: string, k: number): boolean {
  for (let i = 0; i <= k; i++) if ((s.charCodeAt(i) & 0xf800) === 0xd800) return false;
  return true;
}

export function strGetItem(s: string, key: PyValue): string {
  if (typeof key === 'number') {
    // A small index into a string needs only the units up to it scanned, not the whole string
    // (larger ones rely on hasSurrogates remembering the last long string).
    if (key >= 0 && key < 48 && key < s.length && plainUpTo(s, key)) return s[key];
    if (!hasSurrogates(s)) {
      const i = key < 0 ? key + s.length : key;
      if (i >= 0 && i < s.length) return s[i];
      throw newIndexError('string index out of range');
    }
    const cps = codePoints(s);
    const i = key < 0 ? key + cps.length : key;
    if (i >= 0 && i < cps.length) return cps[i];
    throw newIndexError('string index out of range');
  }
  if (key instanceof PySlice) {
    const simple = !hasSurrogates(s);
    const cps = simple ? null : codePoints(s);
    const len = simple ? s.length : cps!.length;
    const [start, , step, n] = sliceIndices(key, len);
    if (step === 1) return simple ? s.slice(start, start + n) : cps!.slice(start, start + n).join('');
    let out = '';
    for (let i = 0, j = start; i < n; i++, j += step) out += simple ? s[j] : cps![j];
    return out;
  }
  if (typeof key === 'boolean') return strGetItem(s, key ? 1 : 0);
  const t = typeOf(key);
  if (t.index !== undefined) return strGetItem(s, Number(t.index(key)));
  throw newTypeError(`string indices must be integers, not '${t.name}'`);
}

/** FNV-1a over UTF-16 units: deterministic, which tests and golden outputs prefer. */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h === -1 ? -2 : h;
}

function self(v: PyValue): string {
  return typeof v === 'string' ? v : (v as PyStrSub).value;
}

/** A comparison of two JS strings: code-unit order, which is code-point order outside surrogates. */
export function strCompare(op: CmpOp, a: string, b: string): boolean {
  switch (op) {
    case CmpOp.LT: return a < b;
    case CmpOp.LE: return a <= b;
    case CmpOp.EQ: return a === b;
    case CmpOp.NE: return a !== b;
    case CmpOp.GT: return a > b;
    case CmpOp.GE: return a >= b;
  }
}

export const strIteratorType = makeNativeType('str_ascii_iterator');
strIteratorType.isBaseType = false;
strIteratorType.iter = (it) => it;
export class PyStrIterator {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  declare s: string;
  declare i: number;
  constructor(s: string) {
    this.cls = strIteratorType;
    this.dict = null;
    this.s = s;
    this.i = 0;
  }
}
strIteratorType.next = (it: PyStrIterator) => {
  const s = it.s;
  if (it.i >= s.length) return STOP;
  const c = s.codePointAt(it.i)!;
  if (c > 0xffff) { it.i += 2; return String.fromCodePoint(c); }
  return s[it.i++];
};

strType.isSequence = true;
strType.len = (v) => strLen(self(v));
strType.getitem = (v, key) => strGetItem(self(v), key);
strType.contains = (v, x) => {
  const sx = asStr(x);
  if (sx === undefined) throw newTypeError(`'in <string>' requires string as left operand, not ${typeOf(x).name}`);
  return self(v).includes(sx);
};
strType.iter = (v) => new PyStrIterator(self(v));
strType.richcompare = (a, b, op) => {
  const y = asStr(b);
  return y === undefined ? NotImplemented : strCompare(op, self(a), y);
};
strType.hash = (v) => strHash(self(v));
strType.repr = (v) => strRepr(self(v));
strType.str = (v) => self(v);
strType.binop = (op, a, b) => {
  if (op === BinOp.ADD) {
    const y = asStr(b);
    return y === undefined ? NotImplemented : self(a) + y;
  }
  if (op === BinOp.MUL) {
    const n = repeatCount(b, self(a).length);
    return n === NotImplemented ? n : self(a).repeat(n as number);
  }
  if (op === BinOp.MOD) return percentFormat(self(a), b);
  return NotImplemented;
};
strType.rbinop = (op, a, b) => (op === BinOp.MUL ? strType.binop!(op, a, b) : NotImplemented);

/** str(object) / str(bytes, encoding, errors). */
export function strNew(cls: PyType, args: PyValue[], kwnames: KwNames): PyValue {
  if (cls === strType && args.length === 1 && kwnames === undefined) return toStr(args[0]);
  const [obj, encoding, errors] = strSig.bind(args, kwnames);
  let s: string;
  if (obj === undefined) s = '';
  else if (encoding === undefined && errors === undefined) s = toStr(obj);
  else s = decodeBytes(obj, encoding === undefined ? 'utf-8' : encoding, errors === undefined ? 'strict' : errors);
  return cls === strType ? s : new PyStrSub(cls, s);
}
const strSig = new Signature("str(object=?, encoding=?, errors=?)", false);
strType.new = strNew;


/** ascii(v): repr(v) with every non-ASCII character escaped. */
export function asciiRepr(v: PyValue): string {
  let out = '';
  for (const c of reprOf(v)) {
    const cp = c.codePointAt(0)!;
    if (cp < 128) out += c;
    else if (cp < 256) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}
