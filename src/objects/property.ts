// property (data descriptor with getter/setter/deleter), classmethod and staticmethod.
import { KwNames, None, PyObject, PyType, PyValue, makeNativeType, typeOf } from './core';
import { newAttributeError } from './exceptions';
import { Signature, defineMethod } from './args';
import { PyGetSetDescriptor } from './builtin-function';
import { call } from './ops';
import { lookupAttr } from './attr';
import { PyMethod } from './method';
import { setImplicitWrappers } from './heap-type';
import { PyFunction } from './function';
import { callFunctionWithSelf } from '../vm/interpreter';

const NO_ARGS: PyValue[] = [];

export const propertyType = makeNativeType('property');
export const classmethodType = makeNativeType('classmethod');
export const staticmethodType = makeNativeType('staticmethod');

export class PyProperty extends PyObject {
  fget: PyValue = None;
  fset: PyValue = None;
  fdel: PyValue = None;
  doc: PyValue = None;
}

function propName(p: PyProperty): string {
  const n = p.fget !== None ? lookupAttr(p.fget, '__name__') : p.fset !== None ? lookupAttr(p.fset, '__name__') : undefined;
  return typeof n === 'string' ? n : '?';
}

propertyType.alloc = (cls) => new PyProperty(cls);
const propSig = new Signature('property(fget=None, fset=None, fdel=None, doc=None)', false);
propertyType.init = (p: PyProperty, args: PyValue[], kwnames: KwNames) => {
  [p.fget, p.fset, p.fdel, p.doc] = propSig.bind(args, kwnames);
  if (p.doc === None && p.fget !== None) p.doc = lookupAttr(p.fget, '__doc__') ?? None;
};
propertyType.descrGet = (p: PyProperty, obj) => {
  if (obj === undefined) return p;
  if (p.fget === None) throw newAttributeError(`property '${propName(p)}' of '${typeOf(obj).name}' object has no getter`);
  const get = p.fget;
  return get instanceof PyFunction ? callFunctionWithSelf(get, obj, NO_ARGS) : call(get, [obj]);
};
propertyType.descrSet = (p: PyProperty, obj, value) => {
  if (value === undefined) {
    if (p.fdel === None) throw newAttributeError(`property '${propName(p)}' of '${typeOf(obj).name}' object has no deleter`);
    call(p.fdel, [obj]);
    return;
  }
  if (p.fset === None) throw newAttributeError(`property '${propName(p)}' of '${typeOf(obj).name}' object has no setter`);
  const set = p.fset;
  if (set instanceof PyFunction) callFunctionWithSelf(set, obj, [value]);
  else call(set, [obj, value]);
};

function copyWith(p: PyProperty, field: 'fget' | 'fset' | 'fdel', f: PyValue): PyProperty {
  const q = new PyProperty(p.cls);
  q.fget = p.fget; q.fset = p.fset; q.fdel = p.fdel; q.doc = p.doc;
  q[field] = f;
  return q;
}
defineMethod(propertyType, 'getter(self, fget, /)', (p: PyProperty, f) => copyWith(p, 'fget', f));
defineMethod(propertyType, 'setter(self, fset, /)', (p: PyProperty, f) => copyWith(p, 'fset', f));
defineMethod(propertyType, 'deleter(self, fdel, /)', (p: PyProperty, f) => copyWith(p, 'fdel', f));
for (const f of ['fget', 'fset', 'fdel'] as const) {
  propertyType.typeDict.set(f, new PyGetSetDescriptor(f, propertyType, (p: PyProperty) => p[f]));
}
propertyType.typeDict.set('__doc__', new PyGetSetDescriptor('__doc__', propertyType, (p: PyProperty) => p.doc, (p: PyProperty, v) => { p.doc = v; }));

/** classmethod(f) and staticmethod(f) share a layout: the wrapped callable. */
export class PyFuncWrapper extends PyObject {
  func: PyValue = None;
}
const wrapSig = new Signature('wrapper(function, /)', false);
for (const t of [classmethodType, staticmethodType]) {
  t.alloc = (cls) => new PyFuncWrapper(cls);
  t.init = (w: PyFuncWrapper, args: PyValue[], kwnames: KwNames) => { [w.func] = wrapSig.bind(args, kwnames); };
  t.typeDict.set('__func__', new PyGetSetDescriptor('__func__', t, (w: PyFuncWrapper) => w.func));
}
classmethodType.descrGet = (w: PyFuncWrapper, obj, type) => new PyMethod(w.func, obj === undefined ? type : typeOf(obj));
staticmethodType.descrGet = (w: PyFuncWrapper) => w.func;
staticmethodType.call = (w: PyFuncWrapper, args, kwnames) => call(w.func, args, kwnames);

function wrap(t: PyType): (f: PyValue) => PyValue {
  return (f) => { const w = new PyFuncWrapper(t); w.func = f; return w; };
}
setImplicitWrappers(wrap(staticmethodType), wrap(classmethodType));
