// bytes and bytearray over Uint8Array (a bytearray replaces its array when it grows; its
// mutation is in bytearray.ts), plus the codecs str.encode/bytes.decode need (utf-8, ascii, latin-1).
import { BinOp, CmpOp, KwNames, None, NotImplemented, PyObject, PyType, PyValue, STOP, makeNativeType, typeOf } from './core';
import { LookupError, newException, newTypeError, newValueError, UnicodeError } from './exceptions';
import { Signature, defineClassMethod, defineMethod } from './args';
import { PySlice, seqIndex, sliceIndices } from './slice';
import { asInt } from './int';
import { repeatCount } from './seq';
import { noteAllocation } from './board-mode';
import { toArray, index } from './ops';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { percentFormatBytes } from './str-percent';

export const bytesType = makeNativeType('bytes');
export const bytearrayType = makeNativeType('bytearray');
bytesType.isSequence = true;
bytearrayType.isSequence = true;

export class PyBytes extends PyObject {
  constructor(public data: Uint8Array<ArrayBufferLike>, cls: PyType = bytesType) { super(cls); }
}

export class PyByteArray extends PyObject {
  constructor(public data: Uint8Array<ArrayBufferLike>, cls: PyType = bytearrayType) { super(cls); }
}

/** A memoryview-like holder is anything with a `bytesView()` method (memoryview.ts). */
interface BufferHolder { bytesView(): Uint8Array }

/** Bytes as a string of one char per byte (no spread: long buffers exceed the argument limit). */
export function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, Array.from(b.subarray(i, i + 8192)));
  return s;
}

/** The bytes of any bytes-like object (bytes, bytearray, memoryview), or undefined. */
export function bytesLike(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.data;
  if (typeof v === 'object' && typeof (v as unknown as BufferHolder).bytesView === 'function') {
    return (v as unknown as BufferHolder).bytesView();
  }
  return undefined;
}

function encodingName(e: PyValue): string {
  if (typeof e !== 'string') throw newTypeError(`encode() argument 'encoding' must be str, not ${typeOf(e).name}`);
  return e.toLowerCase().replace(/_/g, '-');
}

export function encodeStr(s: string, enc: PyValue, errors: PyValue): PyBytes {
  const name = encodingName(enc);
  if (name === 'utf-8' || name === 'utf8') return new PyBytes(new TextEncoder().encode(s));
  const limit = name === 'ascii' ? 128 : name === 'latin-1' || name === 'latin1' || name === 'iso-8859-1' ? 256 : 0;
  if (limit === 0) throw newException(LookupError, `unknown encoding: ${String(enc)}`);
  const out: number[] = [];
  let i = 0;
  for (const c of s) {
    const cp = c.codePointAt(0)!;
    if (cp < limit) out.push(cp);
    else if (errors === 'ignore') { /* dropped */ } else if (errors === 'replace') out.push(63);
    else throw newException(UnicodeError, `'${name === 'ascii' ? 'ascii' : 'latin-1'}' codec can't encode character '\\x${cp.toString(16)}' in position ${i}: ordinal not in range(${limit})`);
    i++;
  }
  return new PyBytes(Uint8Array.from(out));
}

export function decodeBytes(v: PyValue, enc: PyValue, errors: PyValue): string {
  const data = bytesLike(v);
  if (data === undefined) throw newTypeError(`decoding to str: need a bytes-like object, ${typeOf(v).name} found`);
  const name = encodingName(enc);
  if (name === 'utf-8' || name === 'utf8') {
    try {
      return new TextDecoder('utf-8', { fatal: errors === 'strict' }).decode(data);
    } catch {
      throw newException(UnicodeError, "'utf-8' codec can't decode bytes: invalid data");
    }
  }
  if (name === 'ascii' || name === 'latin-1' || name === 'latin1' || name === 'iso-8859-1') {
    let s = '';
    for (let i = 0; i < data.length; i++) {
      const b = data[i];
      if (name === 'ascii' && b >= 128) {
        if (errors === 'ignore') continue;
        if (errors === 'replace') { s += '\ufffd'; continue; }
        throw newException(UnicodeError, `'ascii' codec can't decode byte 0x${b.toString(16)} in position ${i}: ordinal not in range(128)`);
      }
      s += String.fromCharCode(b);
    }
    return s;
  }
  throw newException(LookupError, `unknown encoding: ${String(enc)}`);
}

export function bytesRepr(data: Uint8Array, prefix = 'b'): string {
  let hasSingle = false, hasDouble = false;
  for (const b of data) { if (b === 39) hasSingle = true; else if (b === 34) hasDouble = true; }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let s = prefix + q;
  for (const b of data) {
    if (b === 92) s += '\\\\';
    else if (b === 9) s += '\\t';
    else if (b === 10) s += '\\n';
    else if (b === 13) s += '\\r';
    else if (b === 39 && q === "'") s += "\\'";
    else if (b < 32 || b >= 127) s += '\\x' + b.toString(16).padStart(2, '0');
    else s += String.fromCharCode(b);
  }
  return s + q;
}

/** bytes(x) / bytearray(x) contents: an int count, an iterable of ints, a buffer, or str+encoding. */
function bytesFrom(x: PyValue | undefined, encoding: PyValue | undefined, errors: PyValue | undefined, what: string): Uint8Array {
  if (x === undefined) return new Uint8Array(0);
  if (typeof x === 'string') {
    if (encoding === undefined) throw newTypeError('string argument without an encoding');
    return encodeStr(x, encoding, errors ?? 'strict').data;
  }
  if (encoding !== undefined) throw newTypeError('encoding without a string argument');
  const b = bytesLike(x);
  if (b !== undefined) return b.slice();
  const n = asInt(x);
  if (n !== undefined) {
    if (n < 0) throw newValueError('negative count');
    noteAllocation(Number(n));
    return new Uint8Array(Number(n));
  }
  if (typeof x === 'object' && x.cls.index !== undefined && x.cls.iter === undefined) return new Uint8Array(Number(index(x)));
  let items: PyValue[];
  try { items = toArray(x); } catch {
    throw newTypeError(`cannot convert '${typeOf(x).name}' object to ${what}`);
  }
  return Uint8Array.from(items, (x) => byteValue(x, 'bytes'));
}

/** One byte from an int-like; `what` words the range error ('byte' for items, 'bytes' for constructors). */
export function byteValue(v: PyValue, what = 'byte'): number {
  const n = asInt(v) ?? (typeof v === 'object' && v.cls.index !== undefined ? index(v) : undefined);
  if (n === undefined) throw newTypeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  if (n < 0 || n > 255) throw newValueError(`${what} must be in range(0, 256)`);
  return Number(n);
}

const bytesSig = new Signature('bytes(source=?, encoding=?, errors=?)', false);
bytesType.new = (cls: PyType, args: PyValue[], kwnames: KwNames) => {
  const [x, enc, err] = bytesSig.bind(args, kwnames);
  if (x instanceof PyBytes && x.cls === bytesType && cls === bytesType) return x;
  return new PyBytes(bytesFrom(x, enc, err, 'bytes'), cls);
};
const baSig = new Signature('bytearray(source=?, encoding=?, errors=?)', false);
bytearrayType.alloc = (cls) => new PyByteArray(new Uint8Array(0), cls);
bytearrayType.new = (cls: PyType) => new PyByteArray(new Uint8Array(0), cls);
bytearrayType.init = (self: PyByteArray, args: PyValue[], kwnames: KwNames) => {
  const [x, enc, err] = baSig.bind(args, kwnames);
  self.data = bytesFrom(x, enc, err, 'bytearray');
};

/** a + b as a new array. */
export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function cmpBytes(a: Uint8Array, b: Uint8Array, op: CmpOp): boolean {
  const n = Math.min(a.length, b.length);
  let c = 0;
  for (let i = 0; i < n && c === 0; i++) c = a[i] - b[i];
  if (c === 0) c = a.length - b.length;
  switch (op) {
    case CmpOp.LT: return c < 0;
    case CmpOp.LE: return c <= 0;
    case CmpOp.EQ: return c === 0;
    case CmpOp.NE: return c !== 0;
    case CmpOp.GT: return c > 0;
    case CmpOp.GE: return c >= 0;
  }
}

function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from: number): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function needleOf(v: PyValue): Uint8Array {
  const b = bytesLike(v);
  if (b !== undefined) return b;
  const n = asInt(v);
  if (n !== undefined) return Uint8Array.of(byteValue(n));
  throw newTypeError(`argument should be integer or bytes-like object, not '${typeOf(v).name}'`);
}

const bytesIterType = makeNativeType('bytes_iterator');
bytesIterType.isBaseType = false;
bytesIterType.iter = (it) => it;
class PyBytesIterator extends PyObject {
  i = 0;
  constructor(public owner: PyBytes | PyByteArray) { super(bytesIterType); }
}
bytesIterType.next = (it: PyBytesIterator) => (it.i < it.owner.data.length ? it.owner.data[it.i++] : STOP);

for (const t of [bytesType, bytearrayType]) {
  const make = (d: Uint8Array): PyValue => (t === bytesType ? new PyBytes(d) : new PyByteArray(d));
  t.len = (b: PyBytes) => b.data.length;
  t.getitem = (b: PyBytes, key) => {
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, b.data.length);
      if (step === 1) return make(b.data.slice(start, start + n));
      const out = new Uint8Array(n);
      for (let i = 0, j = start; i < n; i++, j += step) out[i] = b.data[j];
      return make(out);
    }
    return b.data[seqIndex(key, b.data.length, 'byte', 'index out of range')];
  };
  t.contains = (b: PyBytes, x) => indexOfBytes(b.data, needleOf(x), 0) >= 0;
  t.iter = (b: PyBytes) => new PyBytesIterator(b);
  t.richcompare = (a: PyBytes, b, op) => {
    const y = bytesLike(b);
    if (y === undefined) return NotImplemented;
    return cmpBytes(a.data, y, op);
  };
  t.repr = (b: PyBytes) => (t === bytesType ? bytesRepr(b.data) : `bytearray(${bytesRepr(b.data)})`);
  t.binop = (op, a: PyBytes, b) => {
    if (op === BinOp.ADD) {
      const y = bytesLike(b);
      return y === undefined ? NotImplemented : make(concatBytes(a.data, y));
    }
    if (op === BinOp.MUL) {
      const n = repeatCount(b, a.data.length);
      if (n === NotImplemented) return n;
      noteAllocation(a.data.length * (n as number));
      const out = new Uint8Array(a.data.length * (n as number));
      for (let k = 0; k < (n as number); k++) out.set(a.data, k * a.data.length);
      return make(out);
    }
    if (op === BinOp.MOD) return make(percentFormatBytes(a.data, b));
    return NotImplemented;
  };
  t.rbinop = (op, a: PyBytes, b) => (op === BinOp.MUL ? t.binop!(op, a, b) : NotImplemented);
  defineMethod(t, 'decode(self, encoding=\'utf-8\', errors=\'strict\')', (b: PyBytes, e, err) => decodeBytes(b, e, err));
  defineMethod(t, 'hex(self)', (b: PyBytes) => Array.from(b.data, (x) => x.toString(16).padStart(2, '0')).join(''));
  defineMethod(t, 'find(self, sub, start=0, /)', (b: PyBytes, s, st) => indexOfBytes(b.data, needleOf(s), Number(index(st))));
  defineMethod(t, 'index(self, sub, start=0, /)', (b: PyBytes, s, st) => {
    const i = indexOfBytes(b.data, needleOf(s), Number(index(st)));
    if (i < 0) throw newValueError('subsection not found');
    return i;
  });
  defineMethod(t, 'count(self, sub, /)', (b: PyBytes, s) => {
    const nd = needleOf(s);
    let c = 0;
    for (let i = indexOfBytes(b.data, nd, 0); i >= 0; i = indexOfBytes(b.data, nd, i + Math.max(1, nd.length))) c++;
    return c;
  });
  defineMethod(t, 'startswith(self, prefix, /)', (b: PyBytes, p) => { const x = needleOf(p); return x.length <= b.data.length && indexOfBytes(b.data.subarray(0, x.length), x, 0) === 0; });
  defineMethod(t, 'endswith(self, suffix, /)', (b: PyBytes, p) => { const x = needleOf(p); return x.length <= b.data.length && indexOfBytes(b.data.subarray(b.data.length - x.length), x, 0) === 0; });
  defineMethod(t, 'join(self, iterable, /)', (b: PyBytes, it) => {
    const parts = toArray(it).map((x, i) => {
      const d = bytesLike(x);
      if (d === undefined) throw newTypeError(`sequence item ${i}: expected a bytes-like object, ${typeOf(x).name} found`);
      return d;
    });
    let out: Uint8Array = new Uint8Array(0);
    parts.forEach((p, i) => { out = concatBytes(i > 0 ? concatBytes(out, b.data) : out, p); });
    return make(out);
  });
  defineMethod(t, 'split(self, sep=None, maxsplit=-1)', (b: PyBytes, sep, max) => {
    const text = latin1(b.data);
    const m = Number(index(max));
    let parts: string[];
    if (typeof sep === 'object' && bytesLike(sep) !== undefined) {
      const s = latin1(bytesLike(sep)!);
      parts = text.split(s);
      if (m >= 0 && parts.length > m + 1) parts = [...parts.slice(0, m), parts.slice(m).join(s)];
    } else {
      parts = text.split(/[ \t\n\r\x0b\x0c]+/).filter((x) => x.length > 0);
    }
    return new PyList(parts.map((p) => make(Uint8Array.from(p, (c) => c.charCodeAt(0)))));
  });
  defineMethod(t, 'strip(self, bytes=None, /)', (b: PyBytes, chars) => {
    const set = bytesLike(chars) ?? Uint8Array.from([32, 9, 10, 13, 11, 12]);
    let a = 0, e = b.data.length;
    while (a < e && set.includes(b.data[a])) a++;
    while (e > a && set.includes(b.data[e - 1])) e--;
    return make(b.data.slice(a, e));
  });
  defineMethod(t, 'replace(self, old, new, count=-1, /)', (b: PyBytes, o, n, c) => {
    const old = needleOf(o), nw = needleOf(n);
    let max = Number(index(c));
    const out: number[] = [];
    let i = 0;
    while (i < b.data.length) {
      const j = max !== 0 && old.length > 0 ? indexOfBytes(b.data, old, i) : -1;
      if (j < 0) break;
      for (let k = i; k < j; k++) out.push(b.data[k]);
      for (const x of nw) out.push(x);
      i = j + old.length;
      max--;
    }
    for (let k = i; k < b.data.length; k++) out.push(b.data[k]);
    return make(Uint8Array.from(out));
  });
  defineMethod(t, 'upper(self)', (b: PyBytes) => make(b.data.map((x) => (x >= 97 && x <= 122 ? x - 32 : x))));
  defineMethod(t, 'lower(self)', (b: PyBytes) => make(b.data.map((x) => (x >= 65 && x <= 90 ? x + 32 : x))));
  defineClassMethod(t, 'fromhex(cls, string, /)', (_cls, s) => {
    const text = String(s).replace(/\s+/g, '');
    if (!/^([0-9a-fA-F]{2})*$/.test(text)) throw newValueError('non-hexadecimal number found in fromhex() arg');
    const out = new Uint8Array(text.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
    return make(out);
  });
}
bytesType.hash = (b: PyBytes) => {
  let h = 0x811c9dc5;
  for (const x of b.data) { h ^= x; h = Math.imul(h, 0x01000193); }
  return h === -1 ? -2 : h;
};

// ---- the rest of the bytes/bytearray methods (ASCII semantics) ----

const isSpaceByte = (x: number): boolean => x === 32 || (x >= 9 && x <= 13);
const isAlpha = (x: number): boolean => (x >= 65 && x <= 90) || (x >= 97 && x <= 122);
const isDigit = (x: number): boolean => x >= 48 && x <= 57;

for (const t of [bytesType, bytearrayType]) {
  const make = (d: Uint8Array): PyValue => (t === bytesType ? new PyBytes(d) : new PyByteArray(d));
  const rfind = (b: PyBytes, s: PyValue): number => {
    const nd = needleOf(s);
    for (let i = b.data.length - nd.length; i >= 0; i--) if (indexOfBytes(b.data.subarray(i, i + nd.length), nd, 0) === 0) return i;
    return -1;
  };
  defineMethod(t, 'rfind(self, sub, /)', (b: PyBytes, s) => rfind(b, s));
  defineMethod(t, 'rindex(self, sub, /)', (b: PyBytes, s) => {
    const i = rfind(b, s);
    if (i < 0) throw newValueError('subsection not found');
    return i;
  });
  const all = (pred: (x: number) => boolean) => (b: PyBytes): boolean => b.data.length > 0 && b.data.every(pred);
  defineMethod(t, 'isalpha(self)', all(isAlpha));
  defineMethod(t, 'isdigit(self)', all(isDigit));
  defineMethod(t, 'isalnum(self)', all((x) => isAlpha(x) || isDigit(x)));
  defineMethod(t, 'isspace(self)', all(isSpaceByte));
  defineMethod(t, 'islower(self)', (b: PyBytes) => b.data.some((x) => x >= 97 && x <= 122) && !b.data.some((x) => x >= 65 && x <= 90));
  defineMethod(t, 'isupper(self)', (b: PyBytes) => b.data.some((x) => x >= 65 && x <= 90) && !b.data.some((x) => x >= 97 && x <= 122));
  const strip = (left: boolean, right: boolean) => (b: PyBytes, chars: PyValue): PyValue => {
    const set = chars === None ? null : bytesLike(chars);
    const drop = (x: number): boolean => (set === null || set === undefined ? isSpaceByte(x) : set.includes(x));
    let a = 0, e = b.data.length;
    if (left) while (a < e && drop(b.data[a])) a++;
    if (right) while (e > a && drop(b.data[e - 1])) e--;
    return make(b.data.slice(a, e));
  };
  defineMethod(t, 'lstrip(self, bytes=None, /)', strip(true, false));
  defineMethod(t, 'rstrip(self, bytes=None, /)', strip(false, true));
  defineMethod(t, 'partition(self, sep, /)', (b: PyBytes, sep) => {
    const nd = needleOf(sep), i = indexOfBytes(b.data, nd, 0);
    if (i < 0) return new PyTuple([make(b.data.slice()), make(new Uint8Array(0)), make(new Uint8Array(0))]);
    return new PyTuple([make(b.data.slice(0, i)), make(nd.slice()), make(b.data.slice(i + nd.length))]);
  });
  defineMethod(t, 'capitalize(self)', (b: PyBytes) => make(b.data.map((x, i) => (i === 0 ? (x >= 97 && x <= 122 ? x - 32 : x) : (x >= 65 && x <= 90 ? x + 32 : x)))));
  defineMethod(t, 'zfill(self, width, /)', (b: PyBytes, w) => {
    const n = Number(index(w)) - b.data.length;
    if (n <= 0) return make(b.data.slice());
    const sign = b.data[0] === 43 || b.data[0] === 45 ? 1 : 0;
    const out = new Uint8Array(b.data.length + n).fill(48);
    if (sign) out[0] = b.data[0];
    out.set(b.data.subarray(sign), sign + n);
    return make(out);
  });
}
