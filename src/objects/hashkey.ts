// Key normalisation shared by dict and set. Both store entries in a JS Map (which keeps
// insertion order) keyed by a "normal key": strings and ints are themselves, True/1.0 become 1
// (Python treats them as the same key), tuples of such values (grid coordinates…) become an
// encoded string, objects with identity equality are themselves, and other objects with their
// own __eq__/__hash__ (frozensets, user classes) are replaced by the first equal key already
// stored, found through buckets indexed by Python hash. A dict keeps the original key beside the
// normal key only when decodeTupleKey cannot rebuild an equal-looking one: a dict of a million
// (str, str) keys then holds no tuple objects at all.
import { None, PyFloat, PyObject, PyValue, floatType, intType, objectType, strType } from './core';
import { PyTuple, tupleType } from './tuple';
import { eq } from './ops';

/** The first char of an encoded tuple key (encodeTuple); rare at the start of real strings. */
export const TUPLE_MARK = '\x00';
export const TUPLE_MARK_CODE = 0;

/** Python hash → the canonical key objects stored with that hash. */
export class Buckets {
  map = new Map<number, PyObject[]>();

  /** The stored key equal to key (or key itself when none is), plus its hash for add(). */
  find(key: PyObject, h: number): PyObject {
    const b = this.map.get(h);
    if (b !== undefined) {
      for (let i = 0; i < b.length; i++) {
        const c = b[i];
        if (c === key || eq(c, key)) return c;
      }
    }
    return key;
  }

  add(key: PyObject, h: number): void {
    const b = this.map.get(h);
    if (b === undefined) this.map.set(h, [key]);
    else b.push(key);
  }

  remove(key: PyObject, h: number): void {
    const b = this.map.get(h);
    if (b === undefined) return;
    const i = b.indexOf(key);
    if (i >= 0) b.splice(i, 1);
    if (b.length === 0) this.map.delete(h);
  }
}

/**
 * The normal key of key when it needs no bucket (primitives, floats, identity-hashed objects,
 * unmodified int/str/float subclasses), else undefined. Raises TypeError for unhashable keys
 * only through hash(), so callers call needsBucketHash next.
 */
export function directKey(key: PyValue): unknown {
  switch (typeof key) {
    case 'string': return key.charCodeAt(0) === TUPLE_MARK_CODE ? TUPLE_MARK + key : key;
    case 'number': case 'bigint': return key;
    case 'boolean': return key ? 1 : 0;
  }
  if (key instanceof PyFloat) return floatKey(key);
  const t = key.cls;
  if (t === tupleType || (t.hash === tupleType.hash && t.richcompare === tupleType.richcompare && key instanceof PyTuple)) {
    // Tuples are immutable, so the encoding is computed once (a tuple key is often looked up
    // several times in a row: `if k in d: d[k] += 1`).
    let enc = (key as PyTuple).keyCache;
    if (enc === undefined) enc = (key as PyTuple).keyCache = encodeTuple(key as PyTuple) ?? null;
    if (enc !== null) return enc;
  }
  if (t.hash === objectType.hash && t.richcompare === objectType.richcompare) return key;
  if (t.hash === intType.hash && t.richcompare === intType.richcompare && t !== intType) return (key as unknown as { value: PyValue }).value;
  if (t.hash === strType.hash && t.richcompare === strType.richcompare && t !== strType) return (key as unknown as { value: PyValue }).value;
  if (t.hash === floatType.hash && t.richcompare === floatType.richcompare && t !== floatType) return floatKey(new PyFloat((key as unknown as { value: number }).value));
  return undefined;
}

/**
 * A tuple of ints, strs, floats, bools, None and such tuples as one string, equal exactly when
 * the tuples are equal; undefined when an item needs __eq__. Encoded keys start with
 * TUPLE_MARK; a real string key starting with it is stored with a second one in front, so the
 * two never meet. The mark and the tags are Latin-1 and a short str's length is one char, so the
 * key of a tuple of Latin-1 strs stays a one-byte string (half the memory of a two-byte one).
 */
function encodeTuple(t: PyTuple): string | undefined {
  let s = TUPLE_MARK;
  const items = t.items;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    switch (typeof x) {
      case 'number': s += 'i' + x + ','; continue;
      case 'string':
        s += x.length <= 0xff ? 's' + String.fromCharCode(x.length) + x : 'S' + x.length + ':' + x;
        continue;
      case 'bigint': s += 'i' + x.toString() + ','; continue;
      case 'boolean': s += x ? 'i1,' : 'i0,'; continue;
    }
    if (x === None) { s += 'N'; continue; }
    if (x instanceof PyFloat && x.cls === floatType) {
      const k = floatKey(x);
      if (typeof k === 'object') return undefined;
      s += typeof k === 'number' && !Number.isInteger(k) ? 'f' + k + ',' : 'i' + String(k) + ',';
      continue;
    }
    if (x instanceof PyTuple && (x.cls === tupleType || (x.cls.hash === tupleType.hash && x.cls.richcompare === tupleType.richcompare))) {
      const inner = x.keyCache !== undefined ? x.keyCache : (x.keyCache = encodeTuple(x) ?? null);
      if (inner === null) return undefined;
      s += '(' + inner.length + ':' + inner;
      continue;
    }
    return undefined;
  }
  // `+=` builds a tree of string pieces (V8 cons strings, 32 bytes a node) that a stored key would
  // keep, and that each hash and compare would walk; reading a char makes V8 copy the tree into one
  // flat string in place (wordcount's 353k pair keys: 32 -> 14 MB, 2x faster lookups).
  s.charCodeAt(0);
  return s;
}

function floatKey(f: PyFloat): unknown {
  const v = f.value;
  if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v + 0 : BigInt(v);
  if (v !== v) return f; // NaN is only equal to itself as an object
  return v;
}

/**
 * Whether decodeTupleKey rebuilds a tuple that prints and behaves as key: an exact tuple of ints,
 * strs, None, non-integral floats and such tuples (not bools or integral floats, which encode as
 * ints, nor subclasses). Such keys come back as new, equal tuples, not as the same object.
 */
export function isDecodableTuple(key: PyValue): boolean {
  if (!(key instanceof PyTuple) || key.cls !== tupleType) return false;
  const items = key.items;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    switch (typeof x) {
      case 'number': case 'string': case 'bigint': continue;
      case 'boolean': return false;
    }
    if (x === None) continue;
    if (x instanceof PyFloat) {
      if (x.cls !== floatType || Number.isInteger(x.value)) return false;
      continue;
    }
    if (!isDecodableTuple(x)) return false;
  }
  return true;
}

/** The tuple a normal key made by encodeTuple stands for. */
export function decodeTupleKey(enc: string): PyTuple {
  const t = decodeItems(enc, 1, enc.length);
  t.keyCache = enc;
  return t;
}

function decodeItems(enc: string, start: number, end: number): PyTuple {
  // Pairs and singletons get arrays of their exact size: a `[]` grown by push reserves 16 slots,
  // which every kept key tuple (`sorted(d)`) would carry.
  if (start === end) return new PyTuple([]);
  const a = decodeItem(enc, start);
  if (itemEnd === end) return new PyTuple([a]);
  const b = decodeItem(enc, itemEnd);
  if (itemEnd === end) return new PyTuple([a, b]);
  const items = [a, b];
  while (itemEnd < end) items.push(decodeItem(enc, itemEnd));
  return new PyTuple(items);
}

/** Where the item decodeItem read last ends (a second result without allocating a pair). */
let itemEnd = 0;

function decodeItem(enc: string, start: number): PyValue {
  let i = start;
  const tag = enc.charCodeAt(i++);
  if (tag === 0x4e) { itemEnd = i; return None; } // N
  if (tag === 0x73) { // s: one char of length
    const len = enc.charCodeAt(i);
    itemEnd = i + 1 + len;
    return enc.slice(i + 1, itemEnd);
  }
  const stop = enc.indexOf(tag === 0x69 || tag === 0x66 ? ',' : ':', i); // i, f: "…,"; S, (: "length:"
  const text = enc.slice(i, stop);
  i = stop + 1;
  if (tag === 0x69) {
    itemEnd = i;
    const v = Number(text);
    return Number.isSafeInteger(v) ? v : BigInt(text);
  }
  if (tag === 0x66) {
    itemEnd = i;
    return new PyFloat(Number(text));
  }
  const len = Number(text);
  const item = tag === 0x53 ? enc.slice(i, i + len) : decodeItems(enc, i + 1, i + len); // S, (
  itemEnd = i + len;
  return item;
}
