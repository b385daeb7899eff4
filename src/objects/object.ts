// object: the root type's slots and methods — identity equality and hash, the default repr,
// CPython's rules for surplus constructor arguments, __class__, __dict__, __setattr__ & co.
import { CmpOp, KwNames, NotImplemented, None, PyObject, PyType, PyValue, objectType, typeOf, typeType } from './core';
import { newAttributeError, newTypeError } from './exceptions';
import { defineMethod } from './args';
import { PyGetSetDescriptor } from './builtin-function';
import { identityHash } from './identity';
import { defaultRepr, isTrue, str as strOf } from './ops';
import { genericGetAttr, genericSetAttr, hasInstanceAttrs, noAttribute } from './attr';
import { PyInstance, toDictMode } from './instance';
import { PyDict } from './dict';
import { PyList } from './list';

export function objectNew(cls: PyType, args: PyValue[], _kwnames: KwNames): PyValue {
  if (args.length > 0 && (cls.new !== objectNew || cls.init === objectInit)) {
    throw newTypeError(`${cls.name}() takes no arguments`);
  }
  return cls.alloc !== undefined ? cls.alloc(cls) : new PyObject(cls);
}

export function objectInit(self: PyValue, args: PyValue[], _kwnames: KwNames): void {
  const t = typeOf(self);
  if (args.length > 0 && (t.init !== objectInit || t.new === objectNew)) {
    throw newTypeError(`${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
}

objectType.alloc = (cls) => new PyObject(cls);
objectType.new = objectNew;
objectType.init = objectInit;
objectType.repr = defaultRepr;
objectType.hash = (o: PyObject) => identityHash(o);
objectType.richcompare = (a: PyValue, b: PyValue, op: CmpOp) => {
  if (op === CmpOp.EQ) return a === b ? true : NotImplemented;
  if (op === CmpOp.NE) {
    // != is the negation of the type's own __eq__ unless that declines.
    const rc = typeOf(a).richcompare;
    const r = rc === undefined ? (a === b ? true : NotImplemented) : rc(a, b, CmpOp.EQ);
    return r === NotImplemented ? r : !isTrue(r);
  }
  return NotImplemented;
};

defineMethod(objectType, '__getattribute__(self, name, /)', (self, name) => {
  if (typeof name !== 'string') throw newTypeError(`attribute name must be string, not '${typeOf(name).name}'`);
  const v = self instanceof PyType ? typeType.getattro!(self, name) : genericGetAttr(self, name);
  if (v === undefined) throw noAttribute(self, name);
  return v;
});
defineMethod(objectType, '__setattr__(self, name, value, /)', (self, name, value) => {
  if (typeof name !== 'string') throw newTypeError(`attribute name must be string, not '${typeOf(name).name}'`);
  genericSetAttr(self, name, value);
});
defineMethod(objectType, '__delattr__(self, name, /)', (self, name) => {
  if (typeof name !== 'string') throw newTypeError(`attribute name must be string, not '${typeOf(name).name}'`);
  genericSetAttr(self, name, undefined);
});
defineMethod(objectType, '__format__(self, format_spec, /)', (self, spec) => {
  if (spec !== '') throw newTypeError(`unsupported format string passed to ${typeOf(self).name}.__format__`);
  return strOf(self);
});
defineMethod(objectType, '__dir__(self)', (self) => new PyList(dirOf(self)));
defineMethod(objectType, '__reduce_ex__(self, protocol, /)', () => {
  throw newTypeError('cannot pickle objects');
});

/** The sorted attribute names dir(obj) shows. */
export function dirOf(obj: PyValue): string[] {
  const names = new Set<string>();
  if (obj instanceof PyInstance && obj.shape !== null) for (const k of obj.shape.names) names.add(k);
  else if (typeof obj === 'object' && obj.dict !== null) for (const k of (obj.dict as PyDict).keys()) if (typeof k === 'string') names.add(k);
  const t = obj instanceof PyType ? obj : typeOf(obj);
  for (const c of t.mro) for (const k of c.typeDict.keys()) names.add(k);
  if (obj instanceof PyType) for (const c of obj.cls.mro) if (c !== objectType) for (const k of c.typeDict.keys()) names.add(k);
  return Array.from(names).sort();
}

objectType.typeDict.set('__class__', new PyGetSetDescriptor('__class__', objectType, (o) => typeOf(o), (o: PyValue, v: PyValue) => {
  if (!(v instanceof PyType)) throw newTypeError(`__class__ must be set to a class, not '${typeOf(v).name}' object`);
  if (typeof o !== 'object' || !o.cls.isHeapType || !v.isHeapType || o.cls.solidBase !== v.solidBase) {
    throw newTypeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  o.cls = v;
}));
objectType.typeDict.set('__dict__', new PyGetSetDescriptor('__dict__', objectType, (o: PyValue) => {
  if (o instanceof PyType) {
    const d = new PyDict();
    for (const [k, v] of o.typeDict) d.set(k, v);
    return d;
  }
  if (o instanceof PyInstance && o.shape !== null) return toDictMode(o);
  if (typeof o === 'object' && o.dict !== null) return o.dict;
  throw newAttributeError(`'${typeOf(o).name}' object has no attribute '__dict__'`);
}, (o: PyValue, v: PyValue) => {
  if (!(v instanceof PyDict)) throw newTypeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
  if (typeof o !== 'object' || !hasInstanceAttrs(o) || o instanceof PyType) throw newAttributeError(`'${typeOf(o).name}' object has no attribute '__dict__'`);
  if (o instanceof PyInstance && o.shape !== null) toDictMode(o);
  o.dict = v;
}));
objectType.typeDict.set('__doc__', None);
