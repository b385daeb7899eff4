// array: array.array(typecode, [initializer]) — typed numbers with the buffer protocol (bytes(),
// struct, audiocore.RawSample and file writes see the packed bytes through bytesView()).
import {
  BinOp, CmpOp, NotImplemented, PyBytes, PyFloat, PyObject, PySlice, PyType, PyValue, bytesLike, defineClass, getIter, newList,
  newTypeError, newValueError, repr, seqIndex, sliceIndices, toArray, typeName,
} from '../../objects';
import type { NativeModule } from '../module-def';
import { ITEM_SIZES, Item, TypedBuffer } from './typed-buffer';

export class PyArray extends PyObject {
  buf: TypedBuffer = new TypedBuffer('B');

  get typecode(): string { return this.buf.typecode; }

  bytesView(): Uint8Array { return this.buf.data(); }

  item(i: number): PyValue {
    const v = this.buf.get(i);
    return this.buf.isFloat ? new PyFloat(v as number) : v;
  }

  items(): PyValue[] {
    const out: PyValue[] = [];
    for (let i = 0; i < this.buf.length; i++) out.push(this.item(i));
    return out;
  }
}

function toItem(a: PyArray, v: PyValue): Item {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) {
    if (a.buf.isFloat) return v.value;
    throw newTypeError(`can't convert float to int`);
  }
  throw newTypeError(`can't convert ${typeName(v)} to ${a.buf.isFloat ? 'float' : 'int'}`);
}

function fill(a: PyArray, init: PyValue): void {
  const raw = bytesLike(init);
  if (raw !== undefined && !(init instanceof PyArray)) {
    a.buf.pushBytes(raw);
    return;
  }
  for (const v of toArray(init)) a.buf.push(toItem(a, v));
}

function newArray(cls: PyType, typecode: string): PyArray {
  const a = new PyArray(cls);
  a.buf = new TypedBuffer(typecode);
  return a;
}

export const arrayType: PyType = defineClass({
  name: 'array',
  module: 'array',
  alloc: (cls) => new PyArray(cls),
  init: ['__init__(self, typecode, initializer=?, /)', (self: PyArray, typecode: PyValue, init: PyValue | undefined) => {
    if (typeof typecode !== 'string' || !(typecode in ITEM_SIZES)) throw newValueError('bad typecode');
    self.buf = new TypedBuffer(typecode);
    if (init !== undefined) fill(self, init);
  }],
  methods: {
    'append(self, value, /)': (self: PyArray, v: PyValue) => { self.buf.push(toItem(self, v)); },
    'extend(self, iterable, /)': (self: PyArray, it: PyValue) => {
      if (it instanceof PyArray && it.typecode !== self.typecode) throw newTypeError('bad typecode');
      fill(self, it instanceof PyArray ? newList(it.items()) : it);
    },
    'tobytes(self)': (self: PyArray) => bytesOf(self),
  },
  properties: {
    typecode: { get: (self: PyArray) => self.typecode },
    itemsize: { get: (self: PyArray) => self.buf.size },
  },
  slots: {
    repr: (self: PyArray) => self.buf.length === 0 ? `array('${self.typecode}')`
      : `array('${self.typecode}', [${self.items().map(repr).join(', ')}])`,
    len: (self: PyArray) => self.buf.length,
    bool: (self: PyArray) => self.buf.length > 0,
    iter: (self: PyArray) => getIter(newList(self.items())),
    getitem: (self: PyArray, key: PyValue) => {
      if (key instanceof PySlice) {
        const [start, , step, n] = sliceIndices(key, self.buf.length);
        const out = newArray(arrayType, self.typecode);
        for (let i = 0, j = start; i < n; i++, j += step) out.buf.push(self.buf.get(j));
        return out;
      }
      return self.item(seqIndex(key, self.buf.length, 'array'));
    },
    setitem: (self: PyArray, key: PyValue, value: PyValue) => {
      if (key instanceof PySlice) {
        const [start, , step, n] = sliceIndices(key, self.buf.length);
        const src = value instanceof PyArray ? value.items() : bytesLike(value) ? Array.from(bytesLike(value)!) : null;
        if (src === null) throw newTypeError('array/bytes required on right side');
        const items = src.map((v) => toItem(self, v));
        if (step === 1) self.buf.splice(start, start + n, items);
        else {
          if (items.length !== n) throw newValueError('Slice and value different lengths.');
          items.forEach((x, k) => self.buf.set(start + k * step, x));
        }
        return;
      }
      self.buf.set(seqIndex(key, self.buf.length, 'array'), toItem(self, value));
    },
    contains: (self: PyArray, v: PyValue) => self.items().some((x) => repr(x) === repr(v)),
    richcompare: (self: PyArray, other: PyValue, op: CmpOp) => {
      if (op !== CmpOp.EQ && op !== CmpOp.NE) return NotImplemented;
      const o = other instanceof PyArray ? other.items() : bytesLike(other) ? Array.from(bytesLike(other)!) : null;
      if (o === null) return op === CmpOp.NE;
      const mine = self.items();
      const same = mine.length === o.length && mine.every((x, i) => numberOf(x) === numberOf(o[i]));
      return op === CmpOp.EQ ? same : !same;
    },
    binop: (op: BinOp, self: PyArray, other: PyValue) => {
      if (op !== BinOp.ADD || !(other instanceof PyArray)) return NotImplemented;
      const out = newArray(arrayType, self.typecode);
      out.buf.pushBytes(self.buf.data());
      fill(out, newList(other.items()));
      return out;
    },
  },
});

function numberOf(v: PyValue): number | bigint {
  return v instanceof PyFloat ? v.value : typeof v === 'boolean' ? Number(v) : (v as number | bigint);
}

function bytesOf(a: PyArray): PyValue {
  return new PyBytes(a.buf.data().slice());
}

arrayType.inplace = (op: BinOp, self: PyArray, other: PyValue) => {
  if (op !== BinOp.ADD || !(other instanceof PyArray)) return NotImplemented;
  fill(self, newList(other.items()));
  return self;
};

export const arrayModule: NativeModule = {
  name: 'array',
  build() {
    return { array: arrayType };
  },
};
