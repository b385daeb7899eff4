// Module objects: a name and a dict; attribute access reads and writes the dict.
import { PyObject, PyValue, makeNativeType } from './core';
import { genericGetAttr, genericSetAttr, noAttribute } from './attr';
import { PyDict } from './dict';
import { call } from './ops';

export const moduleType = makeNativeType('module');

export class PyModule extends PyObject {
  constructor(public name: string, public dict: PyDict = new PyDict()) {
    super(moduleType);
    if (!dict.has('__name__')) dict.setStr('__name__', name);
  }
}

/** A module named name holding entries (for native modules' bindings). */
export function newModule(name: string, entries?: Record<string, PyValue>): PyModule {
  const m = new PyModule(name);
  if (entries !== undefined) for (const k of Object.keys(entries)) m.dict.setStr(k, entries[k]);
  return m;
}

moduleType.alloc = (cls) => { const m = new PyModule(''); m.cls = cls; return m; };
moduleType.getattro = (m: PyModule, name: string) => {
  const v = m.dict.getStr(name);
  if (v !== undefined) return v;
  const g = genericGetAttr(m, name);
  if (g !== undefined) return g;
  // PEP 562: a module-level __getattr__ function.
  const hook = m.dict.getStr('__getattr__');
  if (hook !== undefined) return call(hook, [name]);
  return undefined;
};
moduleType.setattro = (m: PyModule, name: string, value: PyValue | undefined) => {
  const d = moduleType.lookup(name);
  if (d !== undefined) { genericSetAttr(m, name, value); return; }
  if (value === undefined) { if (!m.dict.deleteStr(name)) throw noAttribute(m, name); } else m.dict.setStr(name, value);
};
moduleType.repr = (m: PyModule) => {
  const f = m.dict.getStr('__file__');
  return typeof f === 'string' ? `<module '${m.name}' from '${f}'>` : `<module '${m.name}'>`;
};
