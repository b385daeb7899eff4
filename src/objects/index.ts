// The object model's public face: importing this loads every type file (each fills its type's
// slots and methods), then completes the native types. Import from here, not from the files.
import { PyType } from './core';
import * as core from './core';
import './exception-methods';
import './object';
import './type';
import './none';
import './int';
import './bool';
import './float';
import './str';
import './str-methods';
import './bytes';
import './bytearray';
import './memoryview';
import './tuple';
import './list';
import './dict';
import './dict-views';
import './set';
import './slice';
import './range';
import './iterators';
import './builtin-iterators';
import './method';
import './property';
import './super';
import './module';
import { finishNativeType } from './native-class';

// Completion order: every type after its base.
function allNativeTypes(): PyType[] {
  const out: PyType[] = [];
  const seen = new Set<PyType>();
  const visit = (t: PyType): void => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const b of t.bases) visit(b);
    out.push(t);
    for (const s of t.subclasses) if (!s.isHeapType) visit(s);
  };
  visit(core.objectType);
  return out;
}
for (const t of allNativeTypes()) finishNativeType(t);

export * from './core';
export * from './exceptions';
export * from './ops';
export { getAttr, lookupAttr, setAttr, delAttr, lookupMethod, genericGetAttr, genericSetAttr, setTypeAttr } from './attr';
export { PyBuiltinFunction, PyMethodDescriptor, PyGetSetDescriptor, PyClassMethodDescriptor, NativeFn } from './builtin-function';
export { defineFunction, defineMethod, defineClassMethod, defineStaticMethod, nativeFn, Signature } from './args';
export { defineClass, ClassSpec, finishNativeType } from './native-class';
export { buildClass, newClass } from './heap-type';
export { PyIntSub, asInt, toInt, intHash, intHashExact } from './int';
export { asFloat, toFloat, floatHashExact } from './float';
export { PyStrSub, asStr, strLen, asciiRepr } from './str';
export { PyBytes, PyByteArray, bytesLike, bytesType, bytearrayType } from './bytes';
export { PyMemoryView, memoryviewType } from './memoryview';
export { PyTuple, tupleType, newTuple } from './tuple';
export { PyList, listType, newList, sortItems } from './list';
export { PyDict, dictType, newDict } from './dict';
export { PySet, setType, frozensetType } from './set';
export { PySlice, sliceType, sliceIndices, seqIndex } from './slice';
export { PyRange, rangeType } from './range';
export { PyMethod, methodType } from './method';
export { PyProperty, propertyType, classmethodType, staticmethodType } from './property';
export { PySuper, superType, newSuper } from './super';
export { PyModule, moduleType, newModule } from './module';
export { enumerateType, zipType, mapType, filterType, reversedType } from './builtin-iterators';
export { objectId } from './identity';
export { typeCall } from './type';
export { dirOf } from './object';
export { formatValue } from './format-value';
export { pyErr } from './format-bridge';
export * from './validate';
