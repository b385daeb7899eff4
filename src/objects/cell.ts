// cell: the box holding a variable shared between a function and the closures nested in it.
// `value` is undefined while the variable is unbound.
import { finishNativeType } from './native-class';
import { type PyObjectDict, PyType, PyValue, makeNativeType } from './core';

export const cellType = makeNativeType('cell');
cellType.isBaseType = false;

export class PyCell {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  // Declared, not a class field: no per-construction initialiser (see vm/frame.ts).
  declare value: PyValue | undefined;
  constructor(value: PyValue | undefined = undefined) {
    this.cls = cellType;
    this.dict = null;
    this.value = value;
  }
}

finishNativeType(cellType);
