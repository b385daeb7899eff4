// CircuitPython's enum-like classes (digitalio.Direction, Pull, DriveMode …): a class whose
// attributes are its only instances, each printing as module.Class.NAME.
import { defineClass, PyObject, PyType } from '../objects';

export class EnumValue extends PyObject {
  constructor(cls: PyType, readonly name: string) {
    super(cls);
  }
}

export function defineEnum(module: string, name: string, members: string[]): { type: PyType; values: Record<string, EnumValue> } {
  const type = defineClass({
    name,
    module,
    subclassable: false,
    slots: { repr: (v: EnumValue) => `${module}.${name}.${v.name}` },
  });
  const values: Record<string, EnumValue> = {};
  for (const m of members) {
    values[m] = new EnumValue(type, m);
    type.typeDict.set(m, values[m]);
  }
  return { type, values };
}
