// dict: insertion-ordered, on a JS Map keyed by normal keys (hashkey.ts); str keys are the
// fast path (instance and module dicts use getStr/setStr). Views are in dict-views.ts.
// Every change goes through a method here, which bumps `version` (and `keysVersion` when the
// set of keys changes) and keeps the dict's cells right: the LOAD_GLOBAL cache
// (vm/inline-cache.ts) trusts them.
import { BinOp, KwNames, None, NotImplemented, PyObject, type PyObjectDict, PyType, PyValue, STOP, makeNativeType } from './core';
import { newKeyError, newRuntimeError, newTypeError, newValueError } from './exceptions';
import { Signature, defineClassMethod, defineMethod } from './args';
import { Buckets, TUPLE_MARK, TUPLE_MARK_CODE, decodeTupleKey, directKey, isDecodableTuple } from './hashkey';
import { call, callMethod, eq, getItem, getIter, hash, iterNext, repr, setItem, toArray } from './ops';
import { lookupAttr } from './attr';
import { PyTuple } from './tuple';
import { withReprGuard } from './seq';
import { PyDictItems, PyDictKeys, PyDictValues, PyDictIterator } from './dict-views';

export const dictType = makeNativeType('dict');

/** A str key's current value, for the LOAD_GLOBAL cache; undefined when absent or not known. */
export class DictCell {
  declare value: PyValue | undefined;
  constructor(value: PyValue | undefined) { this.value = value; }
}

export class PyDict {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  /** normal key → value, in insertion order. Read-only outside: changes must bump the versions. */
  declare map: ReadonlyMap<unknown, PyValue>;
  /** normal key → original key, only where they differ (True stored as 1, 1.0, 1.5…). */
  declare keyObjs: Map<unknown, PyValue> | null;
  declare buckets: Buckets | null;
  /** Bumped by every change; equal versions of one dict mean equal contents. */
  declare version: number;
  /** Bumped when a key is added or removed (not when a value is replaced). */
  declare keysVersion: number;
  /** Cells handed out by cellFor (dicts used as module globals), kept current by every change. */
  declare cells: Map<string, DictCell> | null;

  constructor(cls: PyType = dictType) {
    this.cls = cls;
    this.dict = null;
    this.map = new Map<unknown, PyValue>();
    this.keyObjs = null;
    this.buckets = null;
    this.version = 0;
    this.keysVersion = 0;
    this.cells = null;
  }

  get size(): number { return this.map.size; }

  // The str paths take any str (setattr, vars(), globals() are fed by user code): one that starts
  // with TUPLE_MARK goes the general way, which stores it escaped, apart from the tuple keys.
  getStr(key: string): PyValue | undefined {
    return this.map.get(key.charCodeAt(0) === TUPLE_MARK_CODE ? TUPLE_MARK + key : key);
  }

  setStr(key: string, value: PyValue): void {
    if (key.charCodeAt(0) === TUPLE_MARK_CODE) { this.set(key, value); return; }
    const m = this.map as Map<unknown, PyValue>, n = m.size;
    m.set(key, value);
    this.version++;
    if (m.size !== n) this.keysVersion++;
    if (this.cells !== null) {
      const c = this.cells.get(key);
      if (c !== undefined) c.value = value;
    }
  }

  deleteStr(key: string): boolean {
    if (key.charCodeAt(0) === TUPLE_MARK_CODE) return this.delete(key) !== undefined;
    if (!(this.map as Map<unknown, PyValue>).delete(key)) return false;
    this.version++;
    this.keysVersion++;
    if (this.cells !== null) this.forgetCells();
    return true;
  }

  /** The cell that follows key's value from now on. */
  cellFor(key: string): DictCell {
    const cells = this.cells ??= new Map();
    let c = cells.get(key);
    if (c === undefined) cells.set(key, c = new DictCell(this.getStr(key)));
    else c.value = this.getStr(key);
    return c;
  }

  /** After removals and bulk changes: every cell reads as unknown until cellFor refreshes it. */
  private forgetCells(): void {
    for (const c of this.cells!.values()) c.value = undefined;
  }

  /** The normal key for lookups (does not register a new bucket entry). */
  private norm(key: PyValue): unknown {
    const d = directKey(key);
    if (d !== undefined) return d;
    const h = hash(key);
    return this.buckets === null ? key : this.buckets.find(key as PyObject, h);
  }

  get(key: PyValue): PyValue | undefined {
    if (typeof key === 'string' && key.charCodeAt(0) !== TUPLE_MARK_CODE) return this.map.get(key);
    return this.map.get(this.norm(key));
  }

  has(key: PyValue): boolean {
    if (typeof key === 'string' && key.charCodeAt(0) !== TUPLE_MARK_CODE) return this.map.has(key);
    return this.map.has(this.norm(key));
  }

  set(key: PyValue, value: PyValue): void {
    if (typeof key === 'string' && key.charCodeAt(0) !== TUPLE_MARK_CODE) { this.setStr(key, value); return; }
    let n = directKey(key);
    if (n === undefined) {
      const h = hash(key);
      if (this.buckets === null) this.buckets = new Buckets();
      n = this.buckets.find(key as PyObject, h);
      if (n === key && !this.map.has(n)) this.buckets.add(key as PyObject, h);
    } else if (n !== key && !isDecodableTuple(key) && !this.map.has(n)) {
      (this.keyObjs ??= new Map()).set(n, key);
    }
    const size = this.map.size;
    (this.map as Map<unknown, PyValue>).set(n, value);
    this.version++;
    if (this.map.size !== size) this.keysVersion++;
  }

  /** Removes key; returns its value or undefined when absent. */
  delete(key: PyValue): PyValue | undefined {
    const n = typeof key === 'string' && key.charCodeAt(0) !== TUPLE_MARK_CODE ? key : this.norm(key);
    const v = this.map.get(n);
    if (v === undefined) return undefined;
    (this.map as Map<unknown, PyValue>).delete(n);
    this.forget(n);
    this.version++;
    this.keysVersion++;
    if (this.cells !== null) this.forgetCells();
    return v;
  }

  private forget(n: unknown): void {
    if (this.keyObjs !== null) this.keyObjs.delete(n);
    if (this.buckets !== null && typeof n === 'object') {
      const k = n as PyObject;
      if (directKey(k) === undefined) this.buckets.remove(k, hash(k));
    }
  }

  /** The Python key stored for a normal key. */
  keyOf(n: unknown): PyValue {
    if (this.keyObjs !== null) {
      const k = this.keyObjs.get(n);
      if (k !== undefined) return k;
    }
    return typeof n === 'string' && n.charCodeAt(0) === TUPLE_MARK_CODE ? decodeTupleKey(n) : n as PyValue;
  }

  clear(): void {
    (this.map as Map<unknown, PyValue>).clear();
    this.keyObjs = null;
    this.buckets = null;
    this.version++;
    this.keysVersion++;
    if (this.cells !== null) this.forgetCells();
  }

  *entries(): IterableIterator<[PyValue, PyValue]> {
    for (const [n, v] of this.map) yield [this.keyOf(n), v];
  }

  keys(): PyValue[] {
    const out: PyValue[] = [];
    for (const n of this.map.keys()) out.push(this.keyOf(n));
    return out;
  }

  copy(): PyDict {
    const d = new PyDict();
    d.copyFrom(this);
    if (this.keyObjs !== null) d.keyObjs = new Map(this.keyObjs);
    if (this.buckets !== null) {
      d.buckets = new Buckets();
      for (const [h, b] of this.buckets.map) d.buckets.map.set(h, b.slice());
    }
    return d;
  }

  /** Replaces the entries with a copy of other's; the caller copies keyObjs and buckets if other has them. */
  copyFrom(other: PyDict): void {
    this.map = new Map(other.map);
    this.version++;
    this.keysVersion++;
    if (this.cells !== null) this.forgetCells();
  }

  popLast(): [PyValue, PyValue] | undefined {
    let last: unknown = undefined, found = false;
    for (const n of this.map.keys()) { last = n; found = true; }
    if (!found) return undefined;
    const k = this.keyOf(last), v = this.map.get(last)!;
    (this.map as Map<unknown, PyValue>).delete(last);
    this.forget(last);
    this.version++;
    this.keysVersion++;
    if (this.cells !== null) this.forgetCells();
    return [k, v];
  }
}

/** d[key] with __missing__ for subclasses. */
export function dictGetItem(d: PyDict, key: PyValue): PyValue {
  const v = d.get(key);
  if (v !== undefined) return v;
  if (d.cls !== dictType && d.cls.lookup('__missing__') !== undefined) return callMethod(d, '__missing__', [key]);
  throw newKeyError(key);
}

/** dict.update / dict(...) argument handling: a mapping (has keys()) or an iterable of pairs. */
export function dictUpdate(d: PyDict, other: PyValue, kwargs?: Map<string, PyValue>): void {
  if (other instanceof PyDict) {
    if (d.map.size === 0 && other.cls === dictType && d !== other && other.keyObjs === null && other.buckets === null) {
      d.copyFrom(other);
    } else {
      for (const [k, v] of other.entries()) d.set(k, v);
    }
  } else if (other !== undefined) {
    const keysFn = lookupAttr(other, 'keys');
    if (keysFn !== undefined) {
      for (const k of toArray(call(keysFn, []))) d.set(k, getItem(other, k));
    } else {
      const it = getIter(other);
      let i = 0;
      for (let x = iterNext(it); x !== STOP; x = iterNext(it), i++) {
        let pair: PyValue[];
        try { pair = toArray(x); } catch (e) {
          throw newTypeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
        }
        if (pair.length !== 2) {
          throw newValueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        }
        d.set(pair[0], pair[1]);
      }
    }
  }
  if (kwargs !== undefined) for (const [k, v] of kwargs) d.set(k, v);
}

/** Throws when a dict changed size while an iterator walked it. */
export function checkSize(d: PyDict, size: number): void {
  if (d.map.size !== size) throw newRuntimeError('dictionary changed size during iteration');
}

dictType.alloc = (cls) => new PyDict(cls);
dictType.new = (cls: PyType) => new PyDict(cls);
const initSig = new Signature('dict(iterable=?, /, **kwargs)', false);
dictType.init = (self: PyDict, args: PyValue[], kwnames: KwNames) => {
  const [it, kw] = initSig.bind(args, kwnames);
  dictUpdate(self, it, kw);
};
dictType.len = (d: PyDict) => d.map.size;
dictType.getitem = dictGetItem;
dictType.setitem = (d: PyDict, k, v) => d.set(k, v);
dictType.delitem = (d: PyDict, k) => { if (d.delete(k) === undefined) throw newKeyError(k); };
dictType.contains = (d: PyDict, k) => d.has(k);
dictType.iter = (d: PyDict) => new PyDictIterator(d, 0);
dictType.repr = (d: PyDict) => withReprGuard(d, '{...}', () => {
  const parts: string[] = [];
  for (const [k, v] of d.entries()) parts.push(`${repr(k)}: ${repr(v)}`);
  return `{${parts.join(', ')}}`;
});
dictType.richcompare = (a: PyDict, b, op) => {
  if (!(b instanceof PyDict) || (op !== 2 && op !== 3)) return NotImplemented;
  const same = dictEquals(a, b);
  return op === 2 ? same : !same;
};
dictType.binop = (op, a: PyDict, b) => {
  if (op !== BinOp.OR || !(b instanceof PyDict)) return NotImplemented;
  const d = a.copy();
  dictUpdate(d, b);
  return d;
};
dictType.rbinop = (op, a: PyDict, b) => {
  if (op !== BinOp.OR || !(b instanceof PyDict)) return NotImplemented;
  const d = b.copy();
  dictUpdate(d, a);
  return d;
};
dictType.inplace = (op, a: PyDict, b) => {
  if (op !== BinOp.OR) return NotImplemented;
  dictUpdate(a, b);
  return a;
};

export function dictEquals(a: PyDict, b: PyDict): boolean {
  if (a.map.size !== b.map.size) return false;
  for (const [k, v] of a.entries()) {
    const w = b.get(k);
    if (w === undefined || !eq(v, w)) return false;
  }
  return true;
}

defineMethod(dictType, 'keys(self)', (d: PyDict) => new PyDictKeys(d));
defineMethod(dictType, 'values(self)', (d: PyDict) => new PyDictValues(d));
defineMethod(dictType, 'items(self)', (d: PyDict) => new PyDictItems(d));
defineMethod(dictType, 'get(self, key, default=None, /)', (d: PyDict, k, def) => d.get(k) ?? def);
defineMethod(dictType, 'setdefault(self, key, default=None, /)', (d: PyDict, k, def) => {
  const v = d.get(k);
  if (v !== undefined) return v;
  d.set(k, def);
  return def;
});
defineMethod(dictType, 'pop(self, key, default=?, /)', (d: PyDict, k, def) => {
  const v = d.delete(k);
  if (v !== undefined) return v;
  if (def !== undefined) return def;
  throw newKeyError(k);
});
defineMethod(dictType, 'popitem(self)', (d: PyDict) => {
  const e = d.popLast();
  if (e === undefined) throw newKeyError('popitem(): dictionary is empty');
  return tupleOf(e);
});
defineMethod(dictType, 'update(self, other=?, /, **kwargs)', (d: PyDict, other, kw) => { dictUpdate(d, other, kw); });
defineMethod(dictType, 'clear(self)', (d: PyDict) => { d.clear(); });
defineMethod(dictType, 'copy(self)', (d: PyDict) => d.copy());
defineMethod(dictType, '__reversed__(self)', (d: PyDict) => new PyDictIterator(d, 0, true));
defineClassMethod(dictType, 'fromkeys(cls, iterable, value=None, /)', (cls: PyType, it, v) => {
  const d = cls === dictType ? new PyDict() : call(cls, []);
  for (const k of toArray(it)) {
    if (d instanceof PyDict && d.cls === dictType) d.set(k, v);
    else setItem(d, k, v);
  }
  return d;
});
dictType.typeDict.set('__hash__', None);

/** A new dict from JS [key, value] pairs. */
export function newDict(pairs?: Iterable<[PyValue, PyValue]>): PyDict {
  const d = new PyDict();
  if (pairs !== undefined) for (const [k, v] of pairs) d.set(k, v);
  return d;
}

function tupleOf(items: PyValue[]): PyTuple { return new PyTuple(items); }
