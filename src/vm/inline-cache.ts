// Inline caches for attribute instructions. Each LOAD_ATTR/LOAD_METHOD/STORE_ATTR site owns one
// slot in its code object's `caches`; an entry remembers what the attribute lookup found on a
// type at a given `version` (bumped by any change to the class or a base), so a later hit skips
// the MRO walk and the descriptor tests. Only types using the generic attribute protocol are
// cached; __getattr__/__getattribute__/__setattr__ overrides always take the slow path.

import { PyObject, PyType, PyValue, typeOf } from '../objects/core';
import { genericGetAttr, genericSetAttr, getAttr, lookupMethod, setAttr } from '../objects/attr';

const enum Kind {
  /** Nothing on the type: only the instance dict can have it. */
  INSTANCE,
  /** A function-like method descriptor: instance dict first, then bind (or call unbound). */
  METHOD,
  /** A plain class attribute (no __get__): instance dict first, then the value itself. */
  PLAIN,
  /** Anything else (data descriptors, other descriptors): the generic path. */
  SLOW,
  /** STORE_ATTR: no data descriptor on the type, the value goes into the instance dict. */
  STORE_DICT,
}

class Entry {
  declare readonly type: PyType;
  declare readonly version: number;
  declare readonly kind: Kind;
  declare readonly descr: PyValue | undefined;
  constructor(type: PyType, version: number, kind: Kind, descr: PyValue | undefined) {
    this.type = type;
    this.version = version;
    this.kind = kind;
    this.descr = descr;
  }
}

function generic(t: PyType): boolean {
  return t.getattro === undefined || t.getattro === genericGetAttr;
}

function classify(t: PyType, name: string): Entry {
  const d = t.lookup(name);
  if (d === undefined) return new Entry(t, t.version, Kind.INSTANCE, undefined);
  const dt = typeOf(d);
  if (dt.isMethodDescriptor && dt.descrSet === undefined) return new Entry(t, t.version, Kind.METHOD, d);
  if (dt.descrGet === undefined) return new Entry(t, t.version, Kind.PLAIN, d);
  return new Entry(t, t.version, Kind.SLOW, d);
}

export function loadAttrCached(caches: unknown[], slot: number, obj: PyValue, name: string): PyValue {
  if (typeof obj !== 'object') return getAttr(obj, name);
  const t = obj.cls;
  let c = caches[slot] as Entry | undefined;
  if (c === undefined || c.type !== t || c.version !== t.version) {
    if (!generic(t)) return getAttr(obj, name);
    c = classify(t, name);
    caches[slot] = c;
  }
  const d = (obj as PyObject).dict;
  switch (c.kind) {
    case Kind.INSTANCE: {
      if (d !== null) {
        const v = d.getStr(name);
        if (v !== undefined) return v;
      }
      return getAttr(obj, name);
    }
    case Kind.METHOD: {
      if (d !== null) {
        const v = d.getStr(name);
        if (v !== undefined) return v;
      }
      return typeOf(c.descr!).descrGet!(c.descr, obj, t);
    }
    case Kind.PLAIN: {
      if (d !== null) {
        const v = d.getStr(name);
        if (v !== undefined) return v;
      }
      return c.descr!;
    }
    default:
      return getAttr(obj, name);
  }
}

/** The unbound method for `obj.name(...)`, or undefined when the caller must use getAttr. */
export function loadMethodCached(caches: unknown[], slot: number, obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  let c = caches[slot] as Entry | undefined;
  if (c === undefined || c.type !== t || c.version !== t.version) {
    const m = lookupMethod(obj, name);
    c = new Entry(t, t.version, m !== undefined ? Kind.METHOD : Kind.SLOW, m);
    caches[slot] = c;
    return m;
  }
  if (c.kind !== Kind.METHOD) return undefined;
  if (typeof obj === 'object' && obj.dict !== null && obj.dict.getStr(name) !== undefined) return undefined;
  return c.descr;
}

export function storeAttrCached(caches: unknown[], slot: number, obj: PyValue, name: string, value: PyValue): void {
  if (typeof obj !== 'object') { setAttr(obj, name, value); return; }
  const t = obj.cls;
  const c = caches[slot] as Entry | undefined;
  if (c !== undefined && c.type === t && c.version === t.version) {
    if (c.kind === Kind.STORE_DICT && obj.dict !== null) { obj.dict.setStr(name, value); return; }
    setAttr(obj, name, value);
    return;
  }
  if (t.setattro === undefined || t.setattro === genericSetAttr) {
    const d = t.lookup(name);
    const dict = d === undefined || typeOf(d).descrSet === undefined;
    caches[slot] = new Entry(t, t.version, dict ? Kind.STORE_DICT : Kind.SLOW, undefined);
  }
  setAttr(obj, name, value);
}
