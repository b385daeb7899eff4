// cell: the box holding a variable shared between a function and the closures nested in it.
// `value` is undefined while the variable is unbound.
import { finishNativeType } from './native-class';
import { PyObject, PyValue, makeNativeType } from './core';

export const cellType = makeNativeType('cell');
cellType.isBaseType = false;

export class PyCell extends PyObject {
  // Declared, not a class field: no per-construction initialiser (see vm/frame.ts).
  declare value: PyValue | undefined;
  constructor(value: PyValue | undefined = undefined) {
    super(cellType);
    this.value = value;
  }
}

finishNativeType(cellType);
