// The iterator types the builtins return: enumerate, zip, map, filter, reversed.
import { BinOp, KwNames, None, PyType, PyValue, STOP, makeNativeType, typeOf, type PyObjectDict } from './core';
import { newTypeError, newValueError } from './exceptions';
import { Signature } from './args';
import { DirectCalls } from './builtin-function';
import { call, getIter, isTrue, iterNext, len, getItem, callMethod } from './ops';
import { PyTuple } from './tuple';
import { asInt, intBinop } from './int';

function iterType(name: string): PyType {
  const t = makeNativeType(name);
  t.iter = (self) => self;
  return t;
}
export const enumerateType = iterType('enumerate');
export const zipType = iterType('zip');
export const mapType = iterType('map');
export const filterType = iterType('filter');
export const reversedType = iterType('reversed');

class PyEnumerate {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  declare it: PyValue;
  declare n: number | bigint;
  constructor(cls: PyType, it: PyValue, n: number | bigint) {
    this.cls = cls;
    this.dict = null;
    this.it = it;
    this.n = n;
  }
}
const enumSig = new Signature('enumerate(iterable, start=0)', false);
enumerateType.new = (cls: PyType, args: PyValue[], kwnames: KwNames) => {
  const [it, start] = enumSig.bind(args, kwnames);
  const n = asInt(start);
  if (n === undefined) throw newTypeError(`'${typeOf(start).name}' object cannot be interpreted as an integer`);
  return new PyEnumerate(cls, getIter(it), n);
};
enumerateType.construct = new DirectCalls(null, (it) => new PyEnumerate(enumerateType, getIter(it), 0), null, null);
enumerateType.next = (e: PyEnumerate) => {
  const x = iterNext(e.it);
  if (x === STOP) return STOP;
  const i = e.n;
  e.n = typeof i === 'number' && i < Number.MAX_SAFE_INTEGER ? i + 1 : (intBinop(BinOp.ADD, i, 1) as number | bigint);
  return new PyTuple([i, x]);
};

class PyZip {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  declare its: PyValue[];
  declare strict: boolean;
  declare done: boolean;
  constructor(cls: PyType, its: PyValue[], strict: boolean) {
    this.cls = cls;
    this.dict = null;
    this.its = its;
    this.strict = strict;
    this.done = false;
  }
}
const zipSig = new Signature('zip(*iterables, strict=False)', false);
zipType.new = (cls: PyType, args: PyValue[], kwnames: KwNames) => {
  const [iterables, strict] = zipSig.bind(args, kwnames);
  return new PyZip(cls, (iterables as PyValue[]).map(getIter), isTrue(strict));
};
zipType.next = (z: PyZip) => {
  if (z.done || z.its.length === 0) return STOP;
  const items = new Array<PyValue>(z.its.length);
  for (let i = 0; i < z.its.length; i++) {
    const x = iterNext(z.its[i]);
    if (x === STOP) {
      z.done = true;
      if (z.strict) {
        if (i > 0) throw newValueError(`zip() argument ${i + 1} is shorter than argument${i > 1 ? 's 1-' + i : ' 1'}`);
        for (let j = 1; j < z.its.length; j++) {
          if (iterNext(z.its[j]) !== STOP) throw newValueError(`zip() argument ${j + 1} is longer than argument${j > 1 ? 's 1-' + j : ' 1'}`);
        }
      }
      return STOP;
    }
    items[i] = x;
  }
  return new PyTuple(items);
};

class PyMap {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  declare fn: PyValue;
  declare its: PyValue[];
  constructor(cls: PyType, fn: PyValue, its: PyValue[]) {
    this.cls = cls;
    this.dict = null;
    this.fn = fn;
    this.its = its;
  }
}
mapType.new = (cls: PyType, args: PyValue[], kwnames: KwNames) => {
  if (kwnames !== undefined) throw newTypeError('map() takes no keyword arguments');
  if (args.length < 2) throw newTypeError('map() must have at least two arguments.');
  return new PyMap(cls, args[0], args.slice(1).map(getIter));
};
mapType.next = (m: PyMap) => {
  if (m.its.length === 1) {
    const x = iterNext(m.its[0]);
    return x === STOP ? STOP : call(m.fn, [x]);
  }
  const xs = new Array<PyValue>(m.its.length);
  for (let i = 0; i < m.its.length; i++) {
    const x = iterNext(m.its[i]);
    if (x === STOP) return STOP;
    xs[i] = x;
  }
  return call(m.fn, xs);
};

class PyFilter {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  declare fn: PyValue;
  declare it: PyValue;
  constructor(cls: PyType, fn: PyValue, it: PyValue) {
    this.cls = cls;
    this.dict = null;
    this.fn = fn;
    this.it = it;
  }
}
const filterSig = new Signature('filter(function, iterable, /)', false);
filterType.new = (cls: PyType, args: PyValue[], kwnames: KwNames) => {
  const [fn, it] = filterSig.bind(args, kwnames);
  return new PyFilter(cls, fn, getIter(it));
};
filterType.next = (f: PyFilter) => {
  for (;;) {
    const x = iterNext(f.it);
    if (x === STOP) return STOP;
    if (f.fn === None ? isTrue(x) : isTrue(call(f.fn, [x]))) return x;
  }
};

class PyReversed {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  declare seq: PyValue;
  declare i: number;
  constructor(cls: PyType, seq: PyValue, i: number) {
    this.cls = cls;
    this.dict = null;
    this.seq = seq;
    this.i = i;
  }
}
const revSig = new Signature('reversed(sequence, /)', false);
reversedType.new = (cls: PyType, args: PyValue[], kwnames: KwNames) => {
  const [seq] = revSig.bind(args, kwnames);
  const t = typeOf(seq);
  if (t.lookup('__reversed__') !== undefined) return callMethod(seq, '__reversed__', []);
  if (t.getitem === undefined || t.len === undefined || t.lookup('keys') !== undefined) {
    throw newTypeError(`'${t.name}' object is not reversible`);
  }
  return new PyReversed(cls, seq, len(seq) - 1);
};
reversedType.next = (r: PyReversed) => {
  if (r.i < 0) return STOP;
  return getItem(r.seq, r.i--);
};
