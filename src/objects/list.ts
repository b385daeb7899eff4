// list: a mutable PyValue[] (field `items`, which may be replaced: iterators read it through
// the list). Sort is stable (V8's TimSort) with key= and reverse=.
import { BinOp, KwNames, None, NotImplemented, PyFloat, PyObject, type PyObjectDict, PyType, PyValue, STOP, floatType, makeNativeType } from './core';
import { newIndexError, newTypeError, newValueError } from './exceptions';
import { Signature, defineMethod } from './args';
import { call, isTrue, lessThan, toArray, getIter, iterNext, eq } from './ops';
import { PySlice, seqIndex, sliceArray, sliceIndices } from './slice';
import { compareItems, containsItem, countItem, indexOfItem, repeatCount, repeatItems, reprItems } from './seq';
import { PyArrayIterator, PyReversedArrayIterator } from './iterators';
import { PyTuple } from './tuple';
import * as W from './wording';

export const listType = makeNativeType('list');
listType.isSequence = true;

export class PyList {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  declare items: PyValue[];
  constructor(items: PyValue[], cls: PyType = listType) {
    this.cls = cls;
    this.dict = null;
    this.items = items;
  }
}

listType.alloc = (cls) => new PyList([], cls);
listType.new = (cls: PyType) => new PyList([], cls);
const initSig = new Signature('list(iterable=?, /)', false);
listType.init = (self: PyList, args: PyValue[], kwnames: KwNames) => {
  const [it] = initSig.bind(args, kwnames);
  self.items = it === undefined ? [] : toArray(it);
};
listType.len = (l: PyList) => l.items.length;
listType.getitem = (l: PyList, key) => {
  if (typeof key === 'number') {
    const items = l.items;
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) return items[i];
    throw newIndexError(W.INDEX_OUT_OF_RANGE);
  }
  if (key instanceof PySlice) return new PyList(sliceArray(l.items, key));
  return l.items[seqIndex(key, l.items.length, 'list', W.INDEX_OUT_OF_RANGE)];
};
listType.setitem = (l: PyList, key, value) => {
  if (key instanceof PySlice) { setSlice(l, key, value); return; }
  const items = l.items;
  let i: number;
  if (typeof key === 'number') i = key < 0 ? key + items.length : key;
  else i = seqIndexOrAssign(key, items.length);
  if (i < 0 || i >= items.length) throw newIndexError(W.INDEX_OUT_OF_RANGE);
  items[i] = value;
};
listType.delitem = (l: PyList, key) => {
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, l.items.length);
    if (step === 1) { l.items.splice(start, n); return; }
    const drop = new Set<number>();
    for (let k = 0, j = start; k < n; k++, j += step) drop.add(j);
    l.items = l.items.filter((_, i) => !drop.has(i));
    return;
  }
  const i = seqIndexOrAssign(key, l.items.length);
  if (i < 0 || i >= l.items.length) throw newIndexError(W.INDEX_OUT_OF_RANGE);
  l.items.splice(i, 1);
};

function seqIndexOrAssign(key: PyValue, len: number): number {
  try {
    return seqIndex(key, len, 'list', W.INDEX_OUT_OF_RANGE);
  } catch (e) {
    if (typeof key === 'number' || typeof key === 'boolean') throw newIndexError(W.INDEX_OUT_OF_RANGE);
    throw e;
  }
}

function setSlice(l: PyList, s: PySlice, value: PyValue): void {
  // The source is only read, so a list or tuple lends its items (copied when it is l itself).
  const src = value === l ? l.items.slice()
    : (value instanceof PyList || value instanceof PyTuple) && !value.cls.isHeapType ? value.items : toArrayFor(value);
  const [start, stop, step, n] = sliceIndices(s, l.items.length);
  if (step === 1) {
    const end = stop < start ? start : stop;
    const items = l.items;
    if (end - start === src.length) {
      for (let i = 0; i < src.length; i++) items[start + i] = src[i];
    } else {
      // Not splice(...src): spreading a long list overflows the JS argument limit.
      l.items = items.slice(0, start).concat(src, items.slice(end));
    }
    return;
  }
  if (src.length !== n) {
    throw newValueError(`attempt to assign sequence of size ${src.length} to extended slice of size ${n}`);
  }
  for (let k = 0, j = start; k < n; k++, j += step) l.items[j] = src[k];
}

function toArrayFor(value: PyValue): PyValue[] {
  try {
    return toArray(value);
  } catch (e) {
    throw newTypeError('can only assign an iterable');
  }
}

listType.contains = (l: PyList, x) => containsItem(l.items, x);
listType.iter = (l: PyList) => new PyArrayIterator(l);
listType.richcompare = (a: PyList, b, op) => {
  if (!(b instanceof PyList)) return NotImplemented;
  return compareItems(a.items, b.items, op);
};
listType.repr = (l: PyList) => reprItems(l, l.items, '[', ']', '[...]');
listType.binop = (op, a: PyList, b) => {
  if (op === BinOp.ADD) {
    if (!(b instanceof PyList)) return NotImplemented;
    return new PyList(a.items.concat(b.items));
  }
  if (op === BinOp.MUL) {
    const n = repeatCount(b, a.items.length);
    if (n === NotImplemented) return n;
    return new PyList(repeatItems(a.items, n as number));
  }
  return NotImplemented;
};
listType.rbinop = (op, a: PyList, b) => (op === BinOp.MUL ? listType.binop!(op, a, b) : NotImplemented);
listType.inplace = (op, a: PyList, b) => {
  if (op === BinOp.ADD) { extend(a, b); return a; }
  if (op === BinOp.MUL) {
    const n = repeatCount(b, a.items.length);
    if (n === NotImplemented) return n;
    a.items = repeatItems(a.items, n as number);
    return a;
  }
  return NotImplemented;
};

function extend(l: PyList, iterable: PyValue): void {
  if ((iterable instanceof PyList || iterable instanceof PyTuple) && !iterable.cls.isHeapType) {
    const src = iterable.items;
    const items = l.items;
    const n = src.length;
    for (let i = 0; i < n; i++) items.push(src[i]);
    return;
  }
  const it = getIter(iterable);
  for (let x = iterNext(it); x !== STOP; x = iterNext(it)) l.items.push(x);
}

function realValue(v: PyValue): number {
  return typeof v === 'number' ? v : (v as PyFloat).value;
}

/** Stable sort of items in place by key (None = the items) with Python's `<`. */
export function sortItems(items: PyValue[], key: PyValue, reverse: boolean): void {
  if (reverse) items.reverse();
  if (key === None) {
    let allNum = true, allStr = true, allReal = true;
    for (const x of items) {
      if (typeof x !== 'number') {
        allNum = false;
        if (!(x instanceof PyFloat && x.cls === floatType) || x.value !== x.value) allReal = false;
      }
      if (typeof x !== 'string') allStr = false;
    }
    if (allNum) (items as number[]).sort((a, b) => a - b);
    else if (allStr) items.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    else if (allReal) items.sort((a, b) => realValue(a) - realValue(b));
    else items.sort((a, b) => (lessThan(a, b) ? -1 : lessThan(b, a) ? 1 : 0));
  } else {
    const keys = items.map((x) => call(key, [x]));
    const order = items.map((_, i) => i);
    order.sort((i, j) => (lessThan(keys[i], keys[j]) ? -1 : lessThan(keys[j], keys[i]) ? 1 : 0));
    const copy = items.slice();
    for (let i = 0; i < order.length; i++) items[i] = copy[order[i]];
  }
  if (reverse) items.reverse();
}

defineMethod(listType, 'append(self, object, /)', (l: PyList, x) => { l.items.push(x); });
defineMethod(listType, 'extend(self, iterable, /)', (l: PyList, it) => { extend(l, it); });
defineMethod(listType, 'insert(self, index, object, /)', (l: PyList, idx, x) => {
  const len = l.items.length;
  let i = Number(typeof idx === 'number' ? idx : seqIndexLoose(idx));
  if (i < 0) { i += len; if (i < 0) i = 0; }
  if (i > len) i = len;
  l.items.splice(i, 0, x);
});
function seqIndexLoose(v: PyValue): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return v < 0n ? -Infinity : Infinity;
  if (typeof v === 'object' && v.cls.index !== undefined) return Number(v.cls.index(v));
  throw newTypeError(`'${typeof v === 'string' ? 'str' : (v as PyObject).cls.name}' object cannot be interpreted as an integer`);
}
defineMethod(listType, 'remove(self, value, /)', (l: PyList, x) => {
  const items = l.items;
  for (let i = 0; i < items.length; i++) {
    if (eq(items[i], x)) { items.splice(i, 1); return; }
  }
  throw newValueError(W.NOT_IN_SEQUENCE);
});
defineMethod(listType, 'pop(self, index=-1, /)', (l: PyList, idx) => {
  const items = l.items;
  if (items.length === 0) throw newIndexError('pop from empty list');
  let i = typeof idx === 'number' ? idx : seqIndexLoose(idx);
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) throw newIndexError('pop index out of range');
  if (i === items.length - 1) return items.pop()!;
  return items.splice(i, 1)[0];
});
defineMethod(listType, 'clear(self)', (l: PyList) => { l.items = []; });
defineMethod(listType, 'copy(self)', (l: PyList) => new PyList(l.items.slice()));
defineMethod(listType, 'index(self, value, start=?, stop=?, /)', (l: PyList, v, start, stop) =>
  indexOfItem(l.items, v, start, stop, W.NOT_IN_SEQUENCE));
defineMethod(listType, 'count(self, value, /)', (l: PyList, v) => countItem(l.items, v));
defineMethod(listType, 'reverse(self)', (l: PyList) => { l.items.reverse(); });
defineMethod(listType, 'sort(self, *, key=None, reverse=False)', (l: PyList, key, reverse) => {
  const items = l.items;
  // CPython empties the list while sorting so that mutation from key/__lt__ is detected.
  l.items = [];
  try {
    sortItems(items, key, isTrue(reverse));
  } finally {
    const mutated = l.items.length !== 0;
    l.items = items;
    if (mutated) throw newValueError('list modified during sort');
  }
});
defineMethod(listType, '__reversed__(self)', (l: PyList) => new PyReversedArrayIterator(l));

/** A new plain list owning items (no copy). */
export function newList(items: PyValue[]): PyList {
  return new PyList(items);
}
