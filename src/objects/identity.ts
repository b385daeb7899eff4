// Object identity for id(), default hashes and default reprs. Ids are handed out on first use
// from a per-process counter: they only need to be unique among live objects, like addresses.
import { PyObject } from './core';

const ids = new WeakMap<PyObject, number>();
let nextId = 0x7f0000001000;

/** id(o) for a non-primitive value: stable for the object's lifetime. */
export function objectId(o: PyObject): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId;
    nextId += 16;
    ids.set(o, id);
  }
  return id;
}

/** object.__hash__: CPython derives it from the address the same way. */
export function identityHash(o: PyObject): number {
  return objectId(o) / 16;
}

/** The `0x…` part of default reprs such as `<__main__.C object at 0x7f0000001000>`. */
export function addressOf(o: PyObject): string {
  return '0x' + objectId(o).toString(16);
}
