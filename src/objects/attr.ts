// Attribute protocol: getAttr/lookupAttr/setAttr/delAttr, the generic instance and type lookups
// (data descriptors, then the instance dict, then non-data descriptors), and lookupMethod, which
// lets the VM call a method without allocating a bound method.
import { PyObject, PyType, PyValue, typeOf, typeType } from './core';
import { AttributeError, PyBaseException, newAttributeError, newTypeError } from './exceptions';
import { updateSlotsAfterSet } from './heap-type';
import { PyInstance, setShaped, toDictMode } from './instance';
import * as W from './wording';

/** object.__getattribute__: returns undefined when the attribute is missing. */
export function genericGetAttr(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  const descr = t.lookup(name);
  let dt: PyType | undefined;
  if (descr !== undefined) {
    dt = typeOf(descr);
    if (dt.descrSet !== undefined && dt.descrGet !== undefined) return dt.descrGet(descr, obj, t);
  }
  if (typeof obj === 'object') {
    const v = instanceAttr(obj, name);
    if (v !== undefined) return v;
  }
  if (descr !== undefined) {
    const get = dt!.descrGet;
    return get === undefined ? descr : get(descr, obj, t);
  }
  return undefined;
}

/** An attribute in obj's own storage (its shaped values or its dict), or undefined. */
export function instanceAttr(obj: PyObject, name: string): PyValue | undefined {
  if (obj instanceof PyInstance && obj.shape !== null) {
    const i = obj.shape.indexOf(name);
    return i < 0 ? undefined : obj.values[i];
  }
  const d = obj.dict;
  return d === null ? undefined : d.getStr(name);
}

/** Whether obj has attribute storage of its own (a `__dict__`). */
export function hasInstanceAttrs(obj: PyObject): boolean {
  return obj.dict !== null || obj instanceof PyInstance;
}

/** type.__getattribute__: the metatype's data descriptors, then the class's MRO, then the metatype's others. */
export function typeGetAttr(type: PyType, name: string): PyValue | undefined {
  const meta = type.cls;
  const metaDescr = meta.lookup(name);
  let mdt: PyType | undefined;
  if (metaDescr !== undefined) {
    mdt = typeOf(metaDescr);
    if (mdt.descrSet !== undefined && mdt.descrGet !== undefined) return mdt.descrGet(metaDescr, type, meta);
  }
  const v = type.lookup(name);
  if (v !== undefined) {
    const get = typeOf(v).descrGet;
    return get === undefined ? v : get(v, undefined, type);
  }
  if (metaDescr !== undefined) {
    const get = mdt!.descrGet;
    return get === undefined ? metaDescr : get(metaDescr, type, meta);
  }
  return undefined;
}

/** getattr(obj, name) raising AttributeError in CPython's words. */
export function getAttr(obj: PyValue, name: string): PyValue {
  const t = typeOf(obj);
  const v = t.getattro !== undefined ? t.getattro(obj, name) : genericGetAttr(obj, name);
  if (v === undefined) throw noAttribute(obj, name);
  return v;
}

/** getattr without the exception: undefined when missing (an AttributeError from a getter counts as missing). */
export function lookupAttr(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  try {
    return t.getattro !== undefined ? t.getattro(obj, name) : genericGetAttr(obj, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtypeOf(AttributeError)) return undefined;
    throw e;
  }
}

export function noAttribute(obj: PyValue, name: string): PyBaseException {
  if (obj instanceof PyType) return newAttributeError(`type object '${obj.name}' has no attribute '${name}'`);
  const t = typeOf(obj);
  if (t.name === 'module' && t.module === 'builtins') {
    return newAttributeError(W.moduleNoAttribute(name));
  }
  return newAttributeError(`'${t.name}' object has no attribute '${name}'`);
}

/** object.__setattr__ / __delattr__ (value undefined deletes). */
export function genericSetAttr(obj: PyValue, name: string, value: PyValue | undefined): void {
  const t = typeOf(obj);
  const descr = t.lookup(name);
  if (descr !== undefined) {
    const set = typeOf(descr).descrSet;
    if (set !== undefined) { set(descr, obj, value); return; }
  }
  if (typeof obj === 'object' && hasInstanceAttrs(obj)) {
    if (t.slotNames !== null && !t.slotNames.has(name)) throw noAttribute(obj, name);
    if (obj instanceof PyInstance && obj.shape !== null) {
      if (value !== undefined) { setShaped(obj, name, value); return; }
      if (obj.shape.indexOf(name) < 0) throw noAttribute(obj, name);
      toDictMode(obj);
    }
    if (value !== undefined) obj.dict!.setStr(name, value);
    else if (!obj.dict!.deleteStr(name)) throw noAttribute(obj, name);
    return;
  }
  if (descr !== undefined) throw newAttributeError(`'${t.name}' object attribute '${name}' is read-only`);
  throw noAttribute(obj, name);
}

/** type.__setattr__: changes the class dict, bumps versions, refreshes slots for dunders. */
export function typeSetAttr(type: PyType, name: string, value: PyValue | undefined): void {
  const metaDescr = type.cls.lookup(name);
  if (metaDescr !== undefined) {
    const set = typeOf(metaDescr).descrSet;
    if (set !== undefined) { set(metaDescr, type, value); return; }
  }
  if (!type.isHeapType) {
    throw newTypeError(`cannot set '${name}' attribute of immutable type '${type.name}'`);
  }
  setTypeAttr(type, name, value);
}

/** Changes a class dict entry (undefined deletes) keeping versions and slots right. */
export function setTypeAttr(type: PyType, name: string, value: PyValue | undefined): void {
  if (value === undefined) {
    if (!type.typeDict.delete(name)) throw newAttributeError(`type object '${type.name}' has no attribute '${name}'`);
  } else {
    type.typeDict.set(name, value);
  }
  type.bumpVersion();
  if (name.startsWith('__') && name.endsWith('__')) updateSlotsAfterSet(type);
}

export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  const t = typeOf(obj);
  if (t.setattro !== undefined) t.setattro(obj, name, value);
  else genericSetAttr(obj, name, value);
}

export function delAttr(obj: PyValue, name: string): void {
  const t = typeOf(obj);
  if (t.setattro !== undefined) t.setattro(obj, name, undefined);
  else genericSetAttr(obj, name, undefined);
}

/**
 * For `obj.name(...)`: when name resolves through the type to a plain method (a function or
 * native method descriptor not shadowed by the instance dict), returns that unbound callable;
 * the caller then calls it with obj prepended to the arguments. Otherwise undefined, and the
 * caller falls back to getAttr + call.
 */
export function lookupMethod(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  if (t.getattro !== undefined && t.getattro !== genericGetAttr) return undefined;
  const d = t.lookup(name);
  if (d === undefined || !typeOf(d).isMethodDescriptor) return undefined;
  if (typeof obj === 'object' && instanceAttr(obj, name) !== undefined) return undefined;
  return d;
}

typeType.getattro = typeGetAttr;
typeType.setattro = typeSetAttr;
