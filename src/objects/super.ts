// super: attribute lookup that starts after a given class in the MRO of self's type.
// super() without arguments is compiled by V as super(__class__, <first argument>).
import { KwNames, PyType, PyValue, makeNativeType, typeOf, type PyObjectDict } from './core';
import { newTypeError } from './exceptions';
import { Signature } from './args';
import { genericGetAttr } from './attr';

export const superType = makeNativeType('super');

export class PySuper {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  declare thisClass: PyType;
  declare obj: PyValue;
  declare objType: PyType;
  constructor(thisClass: PyType, obj: PyValue, objType: PyType) {
    this.cls = superType;
    this.dict = null;
    this.thisClass = thisClass;
    this.obj = obj;
    this.objType = objType;
  }
}

/** super(cls, obj): obj may be an instance of cls or a subclass of cls (classmethods). */
export function newSuper(cls: PyValue, obj: PyValue): PySuper {
  if (!(cls instanceof PyType)) throw newTypeError(`super() argument 1 must be a type, not ${typeOf(cls).name}`);
  if (obj instanceof PyType && obj.isSubtypeOf(cls)) return new PySuper(cls, obj, obj);
  const t = typeOf(obj);
  if (!t.isSubtypeOf(cls)) throw newTypeError('super(type, obj): obj must be an instance or subtype of type');
  return new PySuper(cls, obj, t);
}

const superSig = new Signature('super(type, object_or_type, /)', false);
superType.new = (_cls: PyType, args: PyValue[], kwnames: KwNames) => {
  if (args.length === 0) throw newTypeError('super(): no arguments');
  // The compiler turns every zero-argument super() in a method into this two-argument call.
  if (args.length === 2 && kwnames === undefined) return newSuper(args[0], args[1]);
  const [t, o] = superSig.bind(args, kwnames);
  return newSuper(t, o);
};

superType.getattro = (s: PySuper, name: string) => {
  if (name !== '__class__') {
    const mro = s.objType.mro;
    let i = mro.indexOf(s.thisClass) + 1;
    for (; i > 0 && i < mro.length; i++) {
      const v = mro[i].typeDict.get(name);
      if (v === undefined) continue;
      const get = typeOf(v).descrGet;
      if (get === undefined) return v;
      return get(v, s.obj === s.objType ? undefined : s.obj, s.objType);
    }
  }
  return genericGetAttr(s, name);
};
superType.repr = (s: PySuper) => `<super: <class '${s.thisClass.name}'>, <${s.objType.name} object>>`;
