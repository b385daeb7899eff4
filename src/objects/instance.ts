// Instances of Python classes built on plain `object` keep their attributes in an array laid
// out by a Shape (the attribute names in the order they were first set), so that the VM's
// attribute caches can key on the shape: a cached read is one compare and one array read,
// where a dict would need a hash probe. The first request for `__dict__`, a deleted attribute
// or an instance with very many attributes moves the attributes into an ordinary dict for
// good, so that dict is the one live storage from then on.
import { type PyObjectDict, PyType, PyValue } from './core';
import { PyDict } from './dict';

/** Past this many attributes an instance keeps them in a dict (no shape tree grows without bound). */
const MAX_SHAPE_SIZE = 64;

export class Shape {
  declare readonly names: readonly string[];
  declare private next: Map<string, Shape> | null;
  constructor(names: readonly string[]) {
    this.names = names;
    this.next = null;
  }

  indexOf(name: string): number { return this.names.indexOf(name); }

  /** The shape after adding name (shared by every instance that adds the same names in the same order). */
  with(name: string): Shape {
    const next = this.next ??= new Map();
    let s = next.get(name);
    if (s === undefined) next.set(name, s = new Shape([...this.names, name]));
    return s;
  }

  get full(): boolean { return this.names.length >= MAX_SHAPE_SIZE; }
}

export const EMPTY_SHAPE = new Shape([]);

export class PyInstance {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  /** The layout of `values`; null once the attributes live in `dict`. */
  declare shape: Shape | null;
  declare values: PyValue[];
  constructor(cls: PyType) {
    this.cls = cls;
    this.dict = null;
    this.shape = EMPTY_SHAPE;
    // Room for the attributes earlier instances came to hold: filled by index (the shape says
    // how many are set), it never grows past the first; [] would grow to 17 slots on the first.
    this.values = new Array(cls.instanceSlots);
  }
}

/** Sets an attribute of an instance whose shape is not null. */
export function setShaped(o: PyInstance, name: string, value: PyValue): void {
  const shape = o.shape!;
  const i = shape.indexOf(name);
  if (i >= 0) { o.values[i] = value; return; }
  if (shape.full) {
    toDictMode(o).setStr(name, value);
    return;
  }
  const at = shape.names.length;
  o.values[at] = value;
  o.shape = shape.with(name);
  if (at >= o.cls.instanceSlots) o.cls.instanceSlots = at + 1;
}

/** Moves an instance's attributes into a dict (which becomes `o.dict`) and returns it. */
export function toDictMode(o: PyInstance): PyDict {
  const d = new PyDict();
  const names = o.shape!.names;
  for (let i = 0; i < names.length; i++) d.setStr(names[i], o.values[i]);
  o.shape = null;
  o.values = [];
  o.dict = d;
  return d;
}
