// tuple: an immutable PyValue[]; instances of subclasses are PyTuples with another cls.
import { BinOp, KwNames, NotImplemented, type PyObjectDict, PyType, PyValue, makeNativeType } from './core';
import { Signature, defineMethod } from './args';
import { hash, toArray } from './ops';
import { PySlice, seqIndex, sliceArray } from './slice';
import { compareItems, containsItem, countItem, indexOfItem, repeatCount, repeatItems, reprItems } from './seq';
import { PyArrayIterator } from './iterators';
import * as W from './wording';

export const tupleType = makeNativeType('tuple');
tupleType.isSequence = true;

export class PyTuple {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  declare items: PyValue[];
  /** The dict/set key encoding (hashkey.ts), computed on first use; null when not encodable. */
  declare keyCache: string | null | undefined;
  constructor(items: PyValue[], cls: PyType = tupleType) {
    this.cls = cls;
    this.dict = null;
    this.items = items;
    this.keyCache = undefined;
  }
}

tupleType.alloc = (cls) => new PyTuple([], cls);
const tupleSig = new Signature('tuple(iterable=?, /)', false);
tupleType.new = (cls: PyType, args: PyValue[], kwnames: KwNames) => {
  const [it] = tupleSig.bind(args, kwnames);
  if (it === undefined) return new PyTuple([], cls);
  if (cls === tupleType && it instanceof PyTuple && it.cls === tupleType) return it;
  return new PyTuple(toArray(it), cls);
};
tupleType.len = (t: PyTuple) => t.items.length;
tupleType.getitem = (t: PyTuple, key) => {
  if (key instanceof PySlice) return new PyTuple(sliceArray(t.items, key));
  return t.items[seqIndex(key, t.items.length, 'tuple', W.INDEX_OUT_OF_RANGE)];
};
tupleType.contains = (t: PyTuple, x) => containsItem(t.items, x);
tupleType.iter = (t: PyTuple) => new PyArrayIterator(t);
tupleType.richcompare = (a: PyTuple, b, op) => {
  if (!(b instanceof PyTuple)) return NotImplemented;
  return compareItems(a.items, b.items, op);
};
tupleType.repr = (t: PyTuple) => {
  if (t.items.length === 1) return reprItems(t, t.items, '(', ',)', '(...)');
  return reprItems(t, t.items, '(', ')', '(...)');
};
tupleType.hash = (t: PyTuple) => {
  // Any mix is fine as long as equal tuples hash equal; this one follows the xxHash shape.
  let acc = 0x27d4eb2f;
  for (const x of t.items) {
    acc = (acc + Math.imul(hash(x) | 0, 0x85ebca77)) | 0;
    acc = ((acc << 13) | (acc >>> 19));
    acc = Math.imul(acc, 0x9e3779b1);
  }
  acc = (acc + (t.items.length ^ 3527539)) | 0;
  return acc === -1 ? 1546275796 : acc;
};
tupleType.binop = (op, a: PyTuple, b) => {
  if (op === BinOp.ADD) {
    if (!(b instanceof PyTuple)) return NotImplemented;
    return new PyTuple(a.items.concat(b.items));
  }
  if (op === BinOp.MUL) {
    const n = repeatCount(b, a.items.length);
    if (n === NotImplemented) return n;
    return new PyTuple(repeatItems(a.items, n as number));
  }
  return NotImplemented;
};
tupleType.rbinop = (op, a: PyTuple, b) => (op === BinOp.MUL ? tupleType.binop!(op, a, b) : NotImplemented);

defineMethod(tupleType, 'index(self, value, start=?, stop=?, /)', (t: PyTuple, v, start, stop) =>
  indexOfItem(t.items, v, start, stop, W.NOT_IN_SEQUENCE));
defineMethod(tupleType, 'count(self, value, /)', (t: PyTuple, v) => countItem(t.items, v));
defineMethod(tupleType, '__getnewargs__(self)', (t: PyTuple) => new PyTuple([new PyTuple(t.items)]));

/** tuple(items) without copying. */
export function newTuple(items: PyValue[]): PyTuple {
  return new PyTuple(items);
}
