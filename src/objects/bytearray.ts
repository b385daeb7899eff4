// bytearray's mutation: item and slice assignment, deletion, +=, append/extend/pop/insert…
// (the type and its read-only methods are shared with bytes in bytes.ts).
import { BinOp, None, NotImplemented } from './core';
import { newIndexError, newValueError } from './exceptions';
import { defineMethod } from './args';
import { PyByteArray, bytearrayType, byteValue, bytesLike, concatBytes } from './bytes';
import { PySlice, seqIndex, sliceIndices } from './slice';
import { index, toArray } from './ops';

bytearrayType.setitem = (b: PyByteArray, key, value) => {
  if (key instanceof PySlice) {
    const src = bytesLike(value) ?? Uint8Array.from(toArray(value), (x) => byteValue(x));
    const [start, stop, step, n] = sliceIndices(key, b.data.length);
    if (step === 1) {
      const end = stop < start ? start : stop;
      const out = new Uint8Array(b.data.length - (end - start) + src.length);
      out.set(b.data.subarray(0, start), 0);
      out.set(src, start);
      out.set(b.data.subarray(end), start + src.length);
      b.data = out;
      return;
    }
    if (src.length !== n) throw newValueError(`attempt to assign bytes of size ${src.length} to extended slice of size ${n}`);
    for (let k = 0, j = start; k < n; k++, j += step) b.data[j] = src[k];
    return;
  }
  b.data[seqIndex(key, b.data.length, 'bytearray', 'bytearray index out of range')] = byteValue(value);
};
bytearrayType.delitem = (b: PyByteArray, key) => {
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, b.data.length);
    const drop = new Set<number>();
    for (let k = 0, j = start; k < n; k++, j += step) drop.add(j);
    b.data = b.data.filter((_, i) => !drop.has(i));
    return;
  }
  const i = seqIndex(key, b.data.length, 'bytearray', 'bytearray index out of range');
  b.data = concatBytes(b.data.subarray(0, i), b.data.subarray(i + 1));
};
bytearrayType.inplace = (op, a: PyByteArray, b) => {
  if (op !== BinOp.ADD) return NotImplemented;
  const y = bytesLike(b);
  if (y === undefined) return NotImplemented;
  a.data = concatBytes(a.data, y);
  return a;
};
defineMethod(bytearrayType, 'append(self, item, /)', (b: PyByteArray, x) => { b.data = concatBytes(b.data, Uint8Array.of(byteValue(x))); });
defineMethod(bytearrayType, 'extend(self, iterable, /)', (b: PyByteArray, it) => {
  b.data = concatBytes(b.data, bytesLike(it) ?? Uint8Array.from(toArray(it), (x) => byteValue(x)));
});
defineMethod(bytearrayType, 'pop(self, index=-1, /)', (b: PyByteArray, i) => {
  if (b.data.length === 0) throw newIndexError('pop from empty bytearray');
  let k = Number(index(i));
  if (k < 0) k += b.data.length;
  if (k < 0 || k >= b.data.length) throw newIndexError('pop index out of range');
  const v = b.data[k];
  b.data = concatBytes(b.data.subarray(0, k), b.data.subarray(k + 1));
  return v;
});
defineMethod(bytearrayType, 'insert(self, index, item, /)', (b: PyByteArray, i, x) => {
  let k = Number(index(i));
  if (k < 0) k = Math.max(0, k + b.data.length);
  k = Math.min(k, b.data.length);
  b.data = concatBytes(concatBytes(b.data.subarray(0, k), Uint8Array.of(byteValue(x))), b.data.subarray(k));
});
defineMethod(bytearrayType, 'clear(self)', (b: PyByteArray) => { b.data = new Uint8Array(0); });
defineMethod(bytearrayType, 'copy(self)', (b: PyByteArray) => new PyByteArray(b.data.slice()));
defineMethod(bytearrayType, 'reverse(self)', (b: PyByteArray) => { b.data.reverse(); });
bytearrayType.typeDict.set('__hash__', None);
