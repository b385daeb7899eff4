// range: start/stop/step as ints (bigints allowed), O(1) len, indexing, `in` and equality.
import { CmpOp, KwNames, NotImplemented, PyObject, type PyObjectDict, PyType, PyValue, STOP, makeNativeType, typeOf } from './core';
import { newIndexError, newOverflowError, newTypeError, newValueError } from './exceptions';
import { defineMethod } from './args';
import { index, eq } from './ops';
import { asInt, intHash, PyInt } from './int';
import { PySlice, sliceIndices } from './slice';
import { DirectCalls, PyGetSetDescriptor } from './builtin-function';
import { normalize, toBigInt } from './format/int-convert';

export const rangeType = makeNativeType('range');
rangeType.isBaseType = false;

export class PyRange extends PyObject {
  /** Number of items (a JS number: ranges past 2**53 items are refused by len()). */
  length: PyInt;
  constructor(public start: PyInt, public stop: PyInt, public step: PyInt) {
    super(rangeType);
    this.length = rangeLength(start, stop, step);
  }
  /** The i-th item for 0 <= i < length. */
  at(i: PyInt): PyInt {
    if (typeof this.start === 'number' && typeof this.step === 'number' && typeof i === 'number') {
      const v = this.start + i * this.step;
      if (Number.isSafeInteger(v)) return v;
    }
    return normalize(toBigInt(this.start) + toBigInt(i) * toBigInt(this.step));
  }
}

function rangeLength(start: PyInt, stop: PyInt, step: PyInt): PyInt {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const a = toBigInt(start), b = toBigInt(stop), s = toBigInt(step);
  if (s > 0n) return a < b ? normalize((b - a - 1n) / s + 1n) : 0;
  return a > b ? normalize((a - b - 1n) / -s + 1n) : 0;
}

function intArg(v: PyValue): PyInt {
  const i = asInt(v);
  if (i !== undefined) return i;
  if (typeof v === 'object' && v.cls.index !== undefined) return index(v);
  throw newTypeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

rangeType.new = (_cls: PyType, args: PyValue[], kwnames: KwNames) => {
  if (kwnames !== undefined) throw newTypeError('range() takes no keyword arguments');
  if (args.length === 0) throw newTypeError('range expected at least 1 argument, got 0');
  if (args.length > 3) throw newTypeError(`range expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return new PyRange(0, intArg(args[0]), 1);
  return args.length === 3 ? stepped(args[0], args[1], args[2]) : new PyRange(intArg(args[0]), intArg(args[1]), 1);
};
rangeType.construct = new DirectCalls(
  null,
  (stop) => new PyRange(0, intArg(stop), 1),
  (start, stop) => new PyRange(intArg(start), intArg(stop), 1),
  stepped,
);

function stepped(start: PyValue, stop: PyValue, step: PyValue): PyRange {
  const s = intArg(step);
  if (s == 0) throw newValueError('range() arg 3 must not be zero'); // eslint-disable-line eqeqeq
  return new PyRange(intArg(start), intArg(stop), s);
}

function rangeContains(r: PyRange, x: PyValue): boolean {
  const v = typeof x === 'number' || typeof x === 'bigint' ? x : typeof x === 'boolean' ? (x ? 1 : 0) : undefined;
  if (v === undefined) {
    for (let i: PyInt = 0; i < r.length; i = typeof i === 'number' ? i + 1 : i + 1n) if (eq(r.at(i), x)) return true;
    return false;
  }
  const a = toBigInt(r.start), b = toBigInt(r.stop), s = toBigInt(r.step), y = toBigInt(v);
  if (s > 0n ? y < a || y >= b : y > a || y <= b) return false;
  return (y - a) % s === 0n;
}

rangeType.len = (r: PyRange) => {
  if (typeof r.length === 'bigint') throw newOverflowError('Python int too large to convert to C ssize_t');
  return r.length;
};
rangeType.bool = (r: PyRange) => r.length != 0; // eslint-disable-line eqeqeq
rangeType.contains = rangeContains;
rangeType.getitem = (r: PyRange, key) => {
  if (key instanceof PySlice) {
    if (typeof r.length !== 'number') throw newOverflowError('Python int too large to convert to C ssize_t');
    const [start, stop, step] = sliceIndices(key, r.length);
    const s = normalize(toBigInt(r.step) * BigInt(step));
    return new PyRange(r.at(start), normalize(toBigInt(r.start) + BigInt(stop) * toBigInt(r.step)), s);
  }
  let i = toBigInt(intArg(key));
  const n = toBigInt(r.length);
  if (i < 0n) i += n;
  if (i < 0n || i >= n) throw newIndexError('range object index out of range');
  return r.at(normalize(i));
};
rangeType.richcompare = (a: PyRange, b, op) => {
  if (!(b instanceof PyRange) || (op !== CmpOp.EQ && op !== CmpOp.NE)) return NotImplemented;
  let same: boolean;
  if (a.length != b.length) same = false; // eslint-disable-line eqeqeq
  else if (a.length == 0) same = true; // eslint-disable-line eqeqeq
  else if (a.start != b.start) same = false; // eslint-disable-line eqeqeq
  else same = a.length == 1 || a.step == b.step; // eslint-disable-line eqeqeq
  return op === CmpOp.EQ ? same : !same;
};
rangeType.hash = (r: PyRange) => {
  if (r.length == 0) return intHash(0); // eslint-disable-line eqeqeq
  return (intHash(r.length) * 31 + intHash(r.start) * 7 + (r.length == 1 ? 0 : intHash(r.step))) | 0; // eslint-disable-line eqeqeq
};
rangeType.repr = (r: PyRange) => (r.step == 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`); // eslint-disable-line eqeqeq

export const rangeIterType = makeNativeType('range_iterator');
rangeIterType.isBaseType = false;
rangeIterType.iter = (it) => it;
export class PyRangeIterator {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  declare cur: number;
  declare stop: number;
  declare step: number;
  declare r: PyRange | null;
  declare i: PyInt;
  constructor(cur: number, stop: number, step: number, r: PyRange | null, i: PyInt) {
    this.cls = rangeIterType;
    this.dict = null;
    this.cur = cur;
    this.stop = stop;
    this.step = step;
    this.r = r;
    this.i = i;
  }
}
rangeIterType.next = (it: PyRangeIterator) => {
  if (it.r === null) {
    const v = it.cur;
    if (it.step > 0 ? v >= it.stop : v <= it.stop) return STOP;
    it.cur = v + it.step;
    return v;
  }
  if (it.i >= it.r.length) return STOP;
  const v = it.r.at(it.i);
  it.i = typeof it.i === 'number' ? it.i + 1 : it.i + 1n;
  return v;
};
/**
 * Whether x is a small integer to V8 (31 bits). The fast iterator keeps its bounds in fields V8
 * shares between all range iterators: one larger number would make V8 store them as doubles for
 * every range, and each loop variable read outside optimised code a heap number (see
 * iterators.ts EXHAUSTED).
 */
function small(x: number): boolean {
  return x < 0x40000000 && x >= -0x40000000;
}

rangeType.iter = (r: PyRange) => {
  if (typeof r.start === 'number' && typeof r.stop === 'number' && typeof r.step === 'number' &&
      small(r.start) && small(r.stop + r.step)) {
    return new PyRangeIterator(r.start, r.stop, r.step, null, 0);
  }
  return new PyRangeIterator(0, 0, 0, r, 0);
};
defineMethod(rangeType, '__reversed__(self)', (r: PyRange) => {
  const last = r.length == 0 ? r.start : r.at(normalize(toBigInt(r.length) - 1n)); // eslint-disable-line eqeqeq
  const step = normalize(-toBigInt(r.step));
  return rangeType.iter!(new PyRange(last, normalize(toBigInt(last) + toBigInt(step) * toBigInt(r.length)), step));
});
defineMethod(rangeType, 'count(self, value, /)', (r: PyRange, v) => (rangeContains(r, v) ? 1 : 0));
defineMethod(rangeType, 'index(self, value, /)', (r: PyRange, v) => {
  if (!rangeContains(r, v)) throw newValueError(`${String(v)} is not in range`);
  const i = asInt(v)!;
  return normalize((toBigInt(i) - toBigInt(r.start)) / toBigInt(r.step));
});
for (const f of ['start', 'stop', 'step'] as const) {
  rangeType.typeDict.set(f, new PyGetSetDescriptor(f, rangeType, (r: PyRange) => r[f]));
}

