// memoryview (basic): a window of bytes over a bytes or bytearray, format 'B' only. Slicing
// makes a smaller window; writes reach a bytearray owner.
import { CmpOp, KwNames, None, NotImplemented, PyObject, PyType, PyValue, STOP, makeNativeType, typeOf } from './core';
import { newTypeError, newValueError } from './exceptions';
import { Signature, defineMethod } from './args';
import { PyGetSetDescriptor } from './builtin-function';
import { PyByteArray, PyBytes, byteValue, bytesLike } from './bytes';
import { PyList } from './list';
import { PySlice, seqIndex, sliceIndices } from './slice';

export const memoryviewType = makeNativeType('memoryview');
memoryviewType.isBaseType = false;

export class PyMemoryView extends PyObject {
  released = false;
  constructor(public owner: PyBytes | PyByteArray, public start: number, public length: number, public step = 1) {
    super(memoryviewType);
  }

  /** The viewed bytes (a copy when the view has a step). Read by bytesLike(). */
  bytesView(): Uint8Array {
    this.check();
    if (this.step === 1) return this.owner.data.subarray(this.start, this.start + this.length);
    const out = new Uint8Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.owner.data[this.start + i * this.step];
    return out;
  }

  check(): void {
    if (this.released) throw newValueError('operation forbidden on released memoryview object');
  }
}

const mvSig = new Signature('memoryview(object)', false);
memoryviewType.new = (_cls: PyType, args: PyValue[], kwnames: KwNames) => {
  const [o] = mvSig.bind(args, kwnames);
  if (o instanceof PyMemoryView) return new PyMemoryView(o.owner, o.start, o.length, o.step);
  if (o instanceof PyBytes || o instanceof PyByteArray) return new PyMemoryView(o, 0, o.data.length);
  throw newTypeError(`memoryview: a bytes-like object is required, not '${typeOf(o).name}'`);
};
memoryviewType.len = (m: PyMemoryView) => { m.check(); return m.length; };
memoryviewType.getitem = (m: PyMemoryView, key) => {
  m.check();
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, m.length);
    return new PyMemoryView(m.owner, m.start + start * m.step, n, m.step * step);
  }
  return m.owner.data[m.start + seqIndex(key, m.length, 'memoryview') * m.step];
};
memoryviewType.setitem = (m: PyMemoryView, key, value) => {
  m.check();
  if (!(m.owner instanceof PyByteArray)) throw newTypeError('cannot modify read-only memory');
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, m.length);
    const src = bytesLike(value);
    if (src === undefined) throw newTypeError(`a bytes-like object is required, not '${typeOf(value).name}'`);
    if (src.length !== n) throw newValueError('memoryview assignment: lvalue and rvalue have different structures');
    const copy = src.slice();
    for (let i = 0; i < n; i++) m.owner.data[m.start + (start + i * step) * m.step] = copy[i];
    return;
  }
  m.owner.data[m.start + seqIndex(key, m.length, 'memoryview') * m.step] = byteValue(value);
};
memoryviewType.richcompare = (a: PyMemoryView, b, op) => {
  if (op !== CmpOp.EQ && op !== CmpOp.NE) return NotImplemented;
  const y = bytesLike(b);
  if (y === undefined) return NotImplemented;
  const x = a.bytesView();
  const same = x.length === y.length && x.every((v, i) => v === y[i]);
  return op === CmpOp.EQ ? same : !same;
};
memoryviewType.repr = (m: PyMemoryView) => (m.released ? '<released memory>' : '<memory>');

const mvIterType = makeNativeType('memory_iterator');
mvIterType.isBaseType = false;
mvIterType.iter = (it) => it;
class PyMemoryIterator extends PyObject {
  i = 0;
  constructor(public m: PyMemoryView) { super(mvIterType); }
}
mvIterType.next = (it: PyMemoryIterator) => {
  if (it.i >= it.m.length) return STOP;
  return it.m.owner.data[it.m.start + it.i++ * it.m.step];
};
memoryviewType.iter = (m: PyMemoryView) => { m.check(); return new PyMemoryIterator(m); };

defineMethod(memoryviewType, 'tobytes(self)', (m: PyMemoryView) => new PyBytes(m.bytesView().slice()));
defineMethod(memoryviewType, 'tolist(self)', (m: PyMemoryView) => new PyList(Array.from(m.bytesView())));
defineMethod(memoryviewType, 'hex(self)', (m: PyMemoryView) => Array.from(m.bytesView(), (x) => x.toString(16).padStart(2, '0')).join(''));
defineMethod(memoryviewType, 'release(self)', (m: PyMemoryView) => { m.released = true; });
defineMethod(memoryviewType, '__enter__(self)', (m: PyMemoryView) => { m.check(); return m; });
defineMethod(memoryviewType, '__exit__(self, *args)', (m: PyMemoryView) => { m.released = true; return None; });
memoryviewType.typeDict.set('readonly', new PyGetSetDescriptor('readonly', memoryviewType, (m: PyMemoryView) => !(m.owner instanceof PyByteArray)));
memoryviewType.typeDict.set('nbytes', new PyGetSetDescriptor('nbytes', memoryviewType, (m: PyMemoryView) => m.length));
memoryviewType.typeDict.set('format', new PyGetSetDescriptor('format', memoryviewType, () => 'B'));
memoryviewType.typeDict.set('itemsize', new PyGetSetDescriptor('itemsize', memoryviewType, () => 1));
memoryviewType.typeDict.set('obj', new PyGetSetDescriptor('obj', memoryviewType, (m: PyMemoryView) => m.owner));
