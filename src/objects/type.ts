// type: calling a class (new then init), type(x), type(name, bases, dict), and the class
// attributes Python code reads (__name__, __mro__, __bases__ …).
import { KwNames, None, PyType, PyValue, typeOf, typeType } from './core';
import { newTypeError } from './exceptions';
import { defineMethod } from './args';
import { PyGetSetDescriptor } from './builtin-function';
import { PyTuple } from './tuple';
import { PyList } from './list';
import { PyDict } from './dict';
import { newClass, typeRepr } from './heap-type';
import { hasInstanceAttrs } from './attr';

/** Calling a class: C(*args) → C.__new__ then, if it returned a C, __init__. */
export function typeCall(cls: PyType, args: PyValue[], kwnames: KwNames): PyValue {
  if (cls === typeType && args.length === 1 && kwnames === undefined) return typeOf(args[0]);
  const nw = cls.new;
  if (nw === undefined) throw newTypeError(`cannot create '${cls.module === 'builtins' ? '' : cls.module + '.'}${cls.name}' instances`);
  const obj = nw(cls, args, kwnames);
  const t = typeOf(obj);
  if (t !== cls && !t.isSubtypeOf(cls)) return obj;
  // Immutable natives (int, str, tuple …) build subclass instances in their new slot; Python
  // subclasses still need an attribute dict.
  if (t.isHeapType && typeof obj === 'object' && !hasInstanceAttrs(obj)) obj.dict = new PyDict();
  const init = t.init;
  if (init !== undefined) init(obj, args, kwnames);
  return obj;
}

typeType.call = typeCall;
typeType.repr = typeRepr;
typeType.new = (meta: PyType, args: PyValue[]) => {
  if (args.length !== 3) throw newTypeError('type() takes 1 or 3 arguments');
  const [name, bases, ns] = args;
  if (typeof name !== 'string') throw newTypeError(`type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
  if (!(bases instanceof PyTuple)) throw newTypeError(`type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`);
  if (!(ns instanceof PyDict)) throw newTypeError(`type.__new__() argument 3 must be dict, not ${typeOf(ns).name}`);
  const bs: PyType[] = [];
  for (const b of bases.items) {
    if (!(b instanceof PyType)) throw newTypeError(`bases must be types`);
    bs.push(b);
  }
  return newClass(meta, name, bs, ns);
};
typeType.init = () => {};

function getset(name: string, get: (t: PyType) => PyValue, set?: (t: PyType, v: PyValue) => void): void {
  typeType.typeDict.set(name, new PyGetSetDescriptor(name, typeType, get, set ?? null));
}
getset('__name__', (t) => t.name, (t, v) => {
  if (typeof v !== 'string') throw newTypeError(`can only assign string to ${t.name}.__name__, not '${typeOf(v).name}'`);
  t.name = v;
});
getset('__qualname__', (t) => t.qualname, (t, v) => {
  if (typeof v !== 'string') throw newTypeError(`can only assign string to ${t.name}.__qualname__, not '${typeOf(v).name}'`);
  t.qualname = v;
});
getset('__module__', (t) => t.module, (t, v) => { t.module = String(v); });
getset('__bases__', (t) => new PyTuple(t.bases.slice()));
getset('__base__', (t) => t.bases[0] ?? None);
getset('__mro__', (t) => new PyTuple(t.mro.slice()));
getset('__doc__', (t) => t.typeDict.get('__doc__') ?? None);

defineMethod(typeType, 'mro(self)', (t: PyType) => new PyList(t.mro.slice()));
defineMethod(typeType, '__subclasses__(self)', (t: PyType) => new PyList(t.subclasses.slice()));
defineMethod(typeType, '__instancecheck__(self, instance, /)', (t: PyType, v) => typeOf(v).isSubtypeOf(t));
defineMethod(typeType, '__subclasscheck__(self, subclass, /)', (t: PyType, c) => c instanceof PyType && c.isSubtypeOf(t));
