// set and frozenset: a JS Map from normal key (hashkey.ts) to the original key, in insertion
// order. Operators take sets only; the named methods take any iterables.
import { BinOp, CmpOp, KwNames, None, NotImplemented, PyObject, PyType, PyValue, STOP, makeNativeType, type PyObjectDict } from './core';
import { newKeyError, newRuntimeError } from './exceptions';
import { Signature, defineMethod } from './args';
import { Buckets, TUPLE_MARK_CODE, directKey } from './hashkey';
import { hash, repr, toArray } from './ops';
import { withReprGuard } from './seq';

export const setType = makeNativeType('set');
export const frozensetType = makeNativeType('frozenset');

export class PySet {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  declare map: Map<unknown, PyValue>;
  declare buckets: Buckets | null;

  constructor(cls: PyType = setType) {
    this.cls = cls;
    this.dict = null;
    this.map = new Map();
    this.buckets = null;
  }

  static fromArray(items: PyValue[], cls: PyType = setType): PySet {
    const s = new PySet(cls);
    for (const x of items) s.add(x);
    return s;
  }

  private norm(key: PyValue): unknown {
    const d = directKey(key);
    if (d !== undefined) return d;
    const h = hash(key);
    return this.buckets === null ? key : this.buckets.find(key as PyObject, h);
  }

  has(key: PyValue): boolean {
    if (typeof key === 'number' || (typeof key === 'string' && key.charCodeAt(0) !== TUPLE_MARK_CODE)) return this.map.has(key);
    return this.map.has(this.norm(key));
  }

  add(key: PyValue): void {
    if (typeof key === 'number' || (typeof key === 'string' && key.charCodeAt(0) !== TUPLE_MARK_CODE)) {
      // Replacing an equal int or str is invisible, and costs one lookup instead of two.
      this.map.set(key, key);
      return;
    }
    let n = directKey(key);
    if (n === undefined) {
      const h = hash(key);
      if (this.buckets === null) this.buckets = new Buckets();
      n = this.buckets.find(key as PyObject, h);
      if (n === key && !this.map.has(n)) this.buckets.add(key as PyObject, h);
    }
    if (!this.map.has(n)) this.map.set(n, key);
  }

  delete(key: PyValue): boolean {
    const n = typeof key === 'number' || (typeof key === 'string' && key.charCodeAt(0) !== TUPLE_MARK_CODE) ? key : this.norm(key);
    if (!this.map.delete(n)) return false;
    if (this.buckets !== null && typeof n === 'object' && directKey(n as PyObject) === undefined) {
      this.buckets.remove(n as PyObject, hash(n as PyObject));
    }
    return true;
  }

  values(): PyValue[] { return Array.from(this.map.values()); }

  copy(cls: PyType = this.cls): PySet {
    const s = new PySet(cls);
    s.map = new Map(this.map);
    if (this.buckets !== null) {
      s.buckets = new Buckets();
      for (const [h, b] of this.buckets.map) s.buckets.map.set(h, b.slice());
    }
    return s;
  }
}

function isFrozen(s: PySet): boolean { return s.cls.isSubtypeOf(frozensetType); }
function baseOf(s: PySet): PyType { return isFrozen(s) ? frozensetType : setType; }

/** Any iterable as a set (sets pass through). */
function toSet(v: PyValue): PySet {
  return v instanceof PySet ? v : PySet.fromArray(toArray(v));
}

export function setBinop(op: BinOp, a: PySet, b: PySet): PyValue {
  const out = new PySet(baseOf(a));
  switch (op) {
    case BinOp.OR:
      for (const x of a.map.values()) out.add(x);
      for (const x of b.map.values()) out.add(x);
      return out;
    case BinOp.AND:
      for (const x of a.map.values()) if (b.has(x)) out.add(x);
      return out;
    case BinOp.SUB:
      for (const x of a.map.values()) if (!b.has(x)) out.add(x);
      return out;
    case BinOp.XOR:
      for (const x of a.map.values()) if (!b.has(x)) out.add(x);
      for (const x of b.map.values()) if (!a.has(x)) out.add(x);
      return out;
    default:
      return NotImplemented;
  }
}

function isSubset(a: PySet, b: PySet): boolean {
  if (a.map.size > b.map.size) return false;
  for (const x of a.map.values()) if (!b.has(x)) return false;
  return true;
}

export function setRichcompare(a: PySet, b: PyValue, op: CmpOp): PyValue {
  if (!(b instanceof PySet)) return NotImplemented;
  switch (op) {
    case CmpOp.EQ: return a.map.size === b.map.size && isSubset(a, b);
    case CmpOp.NE: return !(a.map.size === b.map.size && isSubset(a, b));
    case CmpOp.LE: return isSubset(a, b);
    case CmpOp.LT: return a.map.size < b.map.size && isSubset(a, b);
    case CmpOp.GE: return isSubset(b, a);
    case CmpOp.GT: return a.map.size > b.map.size && isSubset(b, a);
  }
}

const setIteratorType = makeNativeType('set_iterator');
setIteratorType.isBaseType = false;
setIteratorType.iter = (it) => it;
class PySetIterator {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  declare s: PySet;
  declare it: Iterator<PyValue>;
  declare size: number;
  constructor(s: PySet) {
    this.cls = setIteratorType;
    this.dict = null;
    this.s = s;
    this.it = s.map.values();
    this.size = s.map.size;
  }
}
setIteratorType.next = (it: PySetIterator) => {
  if (it.s.map.size !== it.size) { it.size = -1; throw newRuntimeError('Set changed size during iteration'); }
  const r = it.it.next();
  return r.done ? STOP : r.value;
};

for (const t of [setType, frozensetType]) {
  t.alloc = (cls) => new PySet(cls);
  t.len = (s: PySet) => s.map.size;
  t.contains = (s: PySet, x) => {
    if (x instanceof PySet && !isFrozen(x)) return s.has(x.copy(frozensetType));
    return s.has(x);
  };
  t.iter = (s: PySet) => new PySetIterator(s);
  t.richcompare = setRichcompare;
  t.binop = (op, a: PySet, b) => (b instanceof PySet ? setBinop(op, a, b) : NotImplemented);
  t.rbinop = (op, a: PySet, b) => (b instanceof PySet ? setBinop(op, b, a) : NotImplemented);
  t.repr = (s: PySet) => withReprGuard(s, `${s.cls.name}(...)`, () => {
    const name = s.cls.name;
    if (s.map.size === 0) return `${name}()`;
    const body = `{${s.values().map(repr).join(', ')}}`;
    return t === setType && s.cls === setType ? body : `${name}(${body})`;
  });
  defineMethod(t, 'copy(self)', (s: PySet) => (isFrozen(s) && s.cls === frozensetType ? s : s.copy(baseOf(s))));
  defineMethod(t, 'union(self, *others)', (s: PySet, others: PyValue[]) => {
    let r = s.copy(baseOf(s));
    for (const o of others) r = setBinop(BinOp.OR, r, toSet(o)) as PySet;
    return r;
  });
  defineMethod(t, 'intersection(self, *others)', (s: PySet, others: PyValue[]) => {
    let r = s.copy(baseOf(s));
    for (const o of others) r = setBinop(BinOp.AND, r, toSet(o)) as PySet;
    return r;
  });
  defineMethod(t, 'difference(self, *others)', (s: PySet, others: PyValue[]) => {
    let r = s.copy(baseOf(s));
    for (const o of others) r = setBinop(BinOp.SUB, r, toSet(o)) as PySet;
    return r;
  });
  defineMethod(t, 'symmetric_difference(self, other, /)', (s: PySet, o) => setBinop(BinOp.XOR, s, toSet(o)));
  defineMethod(t, 'issubset(self, other, /)', (s: PySet, o) => isSubset(s, toSet(o)));
  defineMethod(t, 'issuperset(self, other, /)', (s: PySet, o) => isSubset(toSet(o), s));
  defineMethod(t, 'isdisjoint(self, other, /)', (s: PySet, o) => {
    for (const x of toArray(o)) if (s.has(x)) return false;
    return true;
  });
}

const setSig = new Signature('set(iterable=?, /)', false);
setType.new = (cls: PyType) => new PySet(cls);
setType.init = (s: PySet, args: PyValue[], kwnames: KwNames) => {
  const [it] = setSig.bind(args, kwnames);
  s.map.clear();
  s.buckets = null;
  if (it !== undefined) for (const x of toArray(it)) s.add(x);
};
setType.inplace = (op, a: PySet, b) => {
  if (!(b instanceof PySet)) return NotImplemented;
  const r = setBinop(op, a, b);
  if (r === NotImplemented) return r;
  a.map = (r as PySet).map;
  a.buckets = (r as PySet).buckets;
  return a;
};
setType.typeDict.set('__hash__', None);

const frozenSig = new Signature('frozenset(iterable=?, /)', false);
frozensetType.new = (cls: PyType, args: PyValue[], kwnames: KwNames) => {
  const [it] = frozenSig.bind(args, kwnames);
  if (it instanceof PySet && it.cls === frozensetType && cls === frozensetType) return it;
  return it === undefined ? new PySet(cls) : PySet.fromArray(toArray(it), cls);
};
frozensetType.hash = (s: PySet) => {
  // Order-independent: xor-and-add of shuffled item hashes, as CPython's frozenset hash does.
  let h = 0;
  for (const x of s.map.values()) {
    const hx = hash(x) | 0;
    h ^= Math.imul((hx ^ (hx << 16) ^ 89869747) | 0, 3644798167 | 0);
  }
  h ^= Math.imul(s.map.size + 1, 1927868237);
  return h === -1 ? 590923713 : h;
};

defineMethod(setType, 'add(self, elem, /)', (s: PySet, x) => { s.add(x); });
defineMethod(setType, 'remove(self, elem, /)', (s: PySet, x) => { if (!s.delete(x)) throw newKeyError(x); });
defineMethod(setType, 'discard(self, elem, /)', (s: PySet, x) => { s.delete(x); });
defineMethod(setType, 'pop(self)', (s: PySet) => {
  for (const [n, v] of s.map) {
    s.map.delete(n);
    if (s.buckets !== null && typeof n === 'object') s.buckets.remove(n as PyObject, hash(v));
    return v;
  }
  throw newKeyError('pop from an empty set');
});
defineMethod(setType, 'clear(self)', (s: PySet) => { s.map.clear(); s.buckets = null; });
defineMethod(setType, 'update(self, *others)', (s: PySet, others: PyValue[]) => {
  for (const o of others) for (const x of toArray(o)) s.add(x);
});
for (const [name, op] of [['intersection_update', BinOp.AND], ['difference_update', BinOp.SUB], ['symmetric_difference_update', BinOp.XOR]] as const) {
  defineMethod(setType, `${name}(self, *others)`, (s: PySet, others: PyValue[]) => {
    let r: PySet = s;
    for (const o of others) r = setBinop(op, r, toSet(o)) as PySet;
    s.map = r.map;
    s.buckets = r.buckets;
  });
}
