// slice objects and the index arithmetic every sequence shares: negative indices, slice
// bounds clamped like CPython's PySlice_AdjustIndices, and __index__ conversion of indices.
import { KwNames, None, NotImplemented, PyType, PyValue, makeNativeType, typeOf, type PyObjectDict } from './core';
import { newIndexError, newTypeError, newValueError } from './exceptions';
import { Signature, defineMethod } from './args';
import { PyGetSetDescriptor } from './builtin-function';
import { index, repr, compare } from './ops';
import { PyTuple } from './tuple';

export const sliceType = makeNativeType('slice');
sliceType.isBaseType = false;

export class PySlice {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  declare start: PyValue;
  declare stop: PyValue;
  declare step: PyValue;
  constructor(start: PyValue, stop: PyValue, step: PyValue) {
    this.cls = sliceType;
    this.dict = null;
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}

/** The int value of an index operand, clamped into JS number range (huge values stay huge). */
function sliceInt(v: PyValue): number {
  if (typeof v === 'number') return v;
  const i = typeOf(v).index;
  if (typeof v !== 'bigint' && typeof v !== 'boolean' && i === undefined) {
    throw newTypeError('slice indices must be integers or None or have an __index__ method');
  }
  return Number(index(v));
}

/** [start, stop, step, length] for a slice applied to a sequence of length len. */
export function sliceIndices(s: PySlice, len: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = sliceInt(s.step);
    if (step === 0) throw newValueError('slice step cannot be zero');
  }
  let start: number, stop: number;
  if (s.start === None) start = step < 0 ? len - 1 : 0;
  else {
    start = sliceInt(s.start);
    if (start < 0) { start += len; if (start < 0) start = step < 0 ? -1 : 0; }
    else if (start >= len) start = step < 0 ? len - 1 : len;
  }
  if (s.stop === None) stop = step < 0 ? -1 : len;
  else {
    stop = sliceInt(s.stop);
    if (stop < 0) { stop += len; if (stop < 0) stop = step < 0 ? -1 : 0; }
    else if (stop >= len) stop = step < 0 ? len - 1 : len;
  }
  let n = 0;
  if (step < 0) { if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1; }
  else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

/**
 * A sequence index as a position in [0, len): negatives count from the end; out of range
 * raises IndexError(rangeMessage); non-integers raise TypeError naming `what`.
 */
export function seqIndex(key: PyValue, len: number, what: string, rangeMessage = `${what} index out of range`): number {
  let i: number;
  if (typeof key === 'number') i = key;
  else if (typeof key === 'boolean') i = key ? 1 : 0;
  else if (typeof key === 'bigint') throw newIndexError(rangeMessage);
  else {
    const t = typeOf(key);
    if (t.index === undefined) throw newTypeError(`${what} indices must be integers or slices, not ${t.name}`);
    i = Number(t.index(key));
  }
  if (i < 0) i += len;
  if (i < 0 || i >= len) throw newIndexError(rangeMessage);
  return i;
}

/** Items of arr selected by a slice (new array). */
export function sliceArray<T>(arr: T[], s: PySlice): T[] {
  const [start, , step, n] = sliceIndices(s, arr.length);
  if (step === 1) return arr.slice(start, start + n);
  const out = new Array<T>(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = arr[j];
  return out;
}

const sliceSig = new Signature('slice(start, stop=?, step=?, /)', false);
sliceType.new = (_cls: PyType, args: PyValue[], kwnames: KwNames) => {
  if (kwnames !== undefined) throw newTypeError('slice() takes no keyword arguments');
  if (args.length === 0) throw newTypeError('slice expected at least 1 argument, got 0');
  const [a, b, c] = sliceSig.bind(args, kwnames);
  if (b === undefined) return new PySlice(None, a, None);
  return new PySlice(a, b, c ?? None);
};
sliceType.repr = (s: PySlice) => `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
sliceType.richcompare = (a: PySlice, b, op) => {
  if (!(b instanceof PySlice)) return NotImplemented;
  return compare(op, new PyTuple([a.start, a.stop, a.step]), new PyTuple([b.start, b.stop, b.step]));
};

defineMethod(sliceType, 'indices(self, length, /)', (s: PySlice, length) => {
  const n = Number(index(length));
  if (n < 0) throw newValueError('length should not be negative');
  const [start, stop, step] = sliceIndices(s, n);
  return new PyTuple([start, stop, step]);
});
sliceType.typeDict.set('start', new PyGetSetDescriptor('start', sliceType, (s: PySlice) => s.start));
sliceType.typeDict.set('stop', new PyGetSetDescriptor('stop', sliceType, (s: PySlice) => s.stop));
sliceType.typeDict.set('step', new PyGetSetDescriptor('step', sliceType, (s: PySlice) => s.step));
