// microcontroller.nvm (nvm.ByteArray): the board's non-volatile bytes, fixed in size, each write
// committed to its file at once. reference: runtime-modules.md §3.
import { PyByteArray, bytesLike, defineClass, PyObject, PyType, PyValue, newIndexError, newNotImplementedError, newTypeError, newValueError, PySlice, sliceIndices } from '../../objects';
import type { Nvm } from '../../runtime/nvm';

export class NvmByteArray extends PyObject {
  constructor(cls: PyType, readonly nvm: Nvm) {
    super(cls);
  }
}

function index(key: PyValue, length: number): number {
  if (typeof key !== 'number' && typeof key !== 'boolean') throw newTypeError('array indices must be integers');
  let i = Number(key);
  if (i < 0) i += length;
  if (i < 0 || i >= length) throw newIndexError('index out of range');
  return i;
}

function sliceRange(key: PySlice, length: number): [number, number] {
  const [start, , step, n] = sliceIndices(key, length);
  if (step !== 1) throw newNotImplementedError('only slices with step=1 (aka None) are supported');
  return [start, n];
}


const getitem = (self: NvmByteArray, key: PyValue) => {
  const bytes = self.nvm.bytes;
  if (key instanceof PySlice) {
    const [start, n] = sliceRange(key, bytes.length);
    return new PyByteArray(bytes.slice(start, start + n));
  }
  return bytes[index(key, bytes.length)];
};
const setitem = (self: NvmByteArray, key: PyValue, value: PyValue) => {
  const bytes = self.nvm.bytes;
  if (key instanceof PySlice) {
    const [start, n] = sliceRange(key, bytes.length);
    const data = bytesLike(value);
    if (data === undefined) throw newNotImplementedError('array/bytes required on right side');
    if (data.length !== n) throw newValueError('Slice and value different lengths.');
    bytes.set(data, start);
  } else {
    const i = index(key, bytes.length);
    if (typeof value !== 'number' || value < 0 || value > 255) throw newValueError('bytes must be 0-255');
    bytes[i] = value;
  }
  self.nvm.commit();
};

export const nvmByteArrayType = defineClass({
  name: 'ByteArray',
  module: 'nvm',
  subclassable: false,
  slots: { len: (self: NvmByteArray) => self.nvm.bytes.length, getitem, setitem, repr: () => '<ByteArray>' },
});
