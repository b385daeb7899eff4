// The iterator objects behind for-loops over built-in sequences: list/tuple iterators (which
// read the live items array), reversed list iterators, the __getitem__ protocol iterator and
// iter(callable, sentinel). All return STOP instead of raising StopIteration.
import { None, PyObject, type PyObjectDict, PyType, PyValue, STOP, makeNativeType } from './core';
import { IndexError, StopIteration, isExceptionOf } from './exceptions';
import { call, eq, getItem } from './ops';
import { tupleType } from './tuple';

function iterType(name: string): PyType {
  const t = makeNativeType(name);
  t.isBaseType = false;
  t.iter = (self) => self;
  return t;
}

export const listIteratorType = iterType('list_iterator');
export const tupleIteratorType = iterType('tuple_iterator');
export const listReverseIteratorType = iterType('list_reverseiterator');
export const seqIteratorType = iterType('iterator');
export const callableIteratorType = iterType('callable_iterator');

/**
 * The index of a finished list or tuple iterator: past any array's length (an exhausted
 * iterator stays exhausted when its list grows), and a small integer. Infinity was: V8 then keeps
 * every iterator's index as a double, every index read outside optimised code makes a fresh
 * heap number, and code V8 had optimised for small integers fell back to slower code, in about
 * half the runs of game_loop (rounds of 75-80 ms instead of 40).
 */
export const EXHAUSTED = 0x3fffffff;

/** Over a list or tuple (anything with a live `items` array). */
export class PyArrayIterator {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  declare i: number;
  declare seq: { items: PyValue[]; cls: PyType };
  constructor(seq: { items: PyValue[]; cls: PyType }) {
    this.cls = seq.cls.solidBase === tupleType ? tupleIteratorType : listIteratorType;
    this.dict = null;
    this.seq = seq;
    this.i = 0;
  }
}
function arrayNext(it: PyArrayIterator): PyValue | typeof STOP {
  const items = it.seq.items;
  if (it.i < items.length) return items[it.i++];
  it.i = EXHAUSTED;
  return STOP;
}
listIteratorType.next = arrayNext;
tupleIteratorType.next = arrayNext;

export class PyReversedArrayIterator extends PyObject {
  i: number;
  constructor(public seq: { items: PyValue[] }) {
    super(listReverseIteratorType);
    this.i = seq.items.length - 1;
  }
}
listReverseIteratorType.next = (it: PyReversedArrayIterator) => {
  const items = it.seq.items;
  if (it.i >= 0 && it.i < items.length) return items[it.i--];
  it.i = -1;
  return STOP;
};

/** iter(x) for objects that only have __getitem__: x[0], x[1]… until IndexError. */
export class PySeqIterator extends PyObject {
  i = 0;
  done = false;
  constructor(public seq: PyValue) { super(seqIteratorType); }
}
seqIteratorType.next = (it: PySeqIterator) => {
  if (it.done) return STOP;
  try {
    return getItem(it.seq, it.i++);
  } catch (e) {
    if (isExceptionOf(e, IndexError) || isExceptionOf(e, StopIteration)) { it.done = true; return STOP; }
    throw e;
  }
};

export function makeSeqIterator(seq: PyValue): PySeqIterator {
  return new PySeqIterator(seq);
}

/** iter(f, sentinel): calls f() until it returns something equal to sentinel. */
export class PyCallableIterator extends PyObject {
  done = false;
  constructor(public fn: PyValue, public sentinel: PyValue) { super(callableIteratorType); }
}
callableIteratorType.next = (it: PyCallableIterator) => {
  if (it.done) return STOP;
  let v: PyValue;
  try {
    v = call(it.fn, []);
  } catch (e) {
    if (isExceptionOf(e, StopIteration)) { it.done = true; return STOP; }
    throw e;
  }
  if (eq(v, it.sentinel)) { it.done = true; it.fn = None; return STOP; }
  return v;
};
