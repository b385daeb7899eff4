// Inline caches: each LOAD_GLOBAL/LOAD_ATTR/LOAD_METHOD/STORE_ATTR site owns one slot in its
// code object's `caches`.
//
// A LOAD_GLOBAL slot remembers the value it found and the versions of the dicts it looked in
// (see loadGlobalCached).
//
// An attribute slot remembers what the lookup found on a type at a given `version` (bumped by
// any change to the class or a base), so a later hit skips the MRO walk and the descriptor
// tests. A slot holds one entry, or up to POLY entries once a site sees several classes (a
// method called on the subclasses of one base). Only types using the generic attribute
// protocol are cached; __getattr__/__getattribute__/__setattr__ overrides always take the slow
// path.

import { None, PyObject, PyType, PyValue, typeOf } from '../objects/core';
import { genericGetAttr, genericSetAttr, getAttr, lookupMethod, setAttr } from '../objects/attr';
import { PyDict } from '../objects/dict';
import { NameError, newException } from '../objects/exceptions';

/**
 * A LOAD_GLOBAL site's memory: the value, the dicts it came from and their versions then. A
 * global stays valid while the module dict's version is unchanged; when it changed (another
 * global was stored), one probe refreshes it. A builtin stays valid while the module dict gains
 * no key and builtins do not change. The entry is updated in place, so a miss allocates nothing.
 */
class GlobalEntry {
  declare globals: PyDict;
  declare builtins: PyDict;
  declare inGlobals: boolean;
  declare version: number;
  declare keysVersion: number;
  declare builtinsVersion: number;
  declare value: PyValue;
  constructor(globals: PyDict, builtins: PyDict) {
    this.globals = globals;
    this.builtins = builtins;
    this.inGlobals = false;
    this.version = -1;
    this.keysVersion = -1;
    this.builtinsVersion = -1;
    this.value = None;
  }
}

/** `name` from globals, else builtins, else NameError: what LOAD_GLOBAL pushes (also used by the JIT tier). */
export function loadGlobalCached(caches: unknown[], slot: number, globals: PyDict, builtins: PyDict, name: string): PyValue {
  const e = caches[slot] as GlobalEntry | undefined;
  if (e !== undefined && e.globals === globals && e.builtins === builtins) {
    if (e.inGlobals) {
      if (e.version === globals.version) return e.value;
      const v = globals.getStr(name);
      if (v !== undefined) {
        e.version = globals.version;
        e.value = v;
        return v;
      }
    } else if (e.keysVersion === globals.keysVersion && e.builtinsVersion === builtins.version) {
      return e.value;
    }
  }
  return fillGlobal(caches, slot, globals, builtins, name);
}

function fillGlobal(caches: unknown[], slot: number, globals: PyDict, builtins: PyDict, name: string): PyValue {
  let v = globals.getStr(name);
  const inGlobals = v !== undefined;
  if (v === undefined) {
    v = builtins.getStr(name);
    if (v === undefined) throw newException(NameError, `name '${name}' is not defined`);
  }
  let e = caches[slot] as GlobalEntry | undefined;
  if (e === undefined || e.globals !== globals || e.builtins !== builtins) caches[slot] = e = new GlobalEntry(globals, builtins);
  e.inGlobals = inGlobals;
  e.version = globals.version;
  e.keysVersion = globals.keysVersion;
  e.builtinsVersion = builtins.version;
  e.value = v;
  return v;
}

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
  /** Entries for the other classes this site has seen, most recent first (at most POLY - 1). */
  declare poly: Entry[] | null;
  constructor(type: PyType, version: number, kind: Kind, descr: PyValue | undefined) {
    this.type = type;
    this.version = version;
    this.kind = kind;
    this.descr = descr;
    this.poly = null;
  }
}

const POLY = 4;

/** The valid entry for type t in a slot, if any. The slot always holds the latest entry. */
function find(caches: unknown[], slot: number, t: PyType): Entry | undefined {
  const c = caches[slot] as Entry | undefined;
  if (c === undefined) return undefined;
  if (c.type === t && c.version === t.version) return c;
  return c.poly === null ? undefined : findPoly(c.poly, t);
}

function findPoly(list: Entry[], t: PyType): Entry | undefined {
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    if (e.type === t && e.version === t.version) return e;
  }
  return undefined;
}

function remember(caches: unknown[], slot: number, e: Entry): Entry {
  const c = caches[slot] as Entry | undefined;
  if (c !== undefined) {
    const others: Entry[] = [];
    if (c.type !== e.type) others.push(c);
    if (c.poly !== null) for (const x of c.poly) if (x.type !== e.type && others.length < POLY - 1) others.push(x);
    if (others.length) e.poly = others;
  }
  caches[slot] = e;
  return e;
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

/** A LOAD_ATTR miss: classify and remember, or undefined for types the cache does not handle. */
function fillAttr(caches: unknown[], slot: number, t: PyType, name: string): Entry | undefined {
  if (!generic(t)) return undefined;
  return remember(caches, slot, classify(t, name));
}

export function loadAttrCached(caches: unknown[], slot: number, obj: PyValue, name: string): PyValue {
  if (typeof obj !== 'object') return getAttr(obj, name);
  const t = obj.cls;
  let c = find(caches, slot, t);
  if (c === undefined) {
    c = fillAttr(caches, slot, t, name);
    if (c === undefined) return getAttr(obj, name);
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

function fillMethod(caches: unknown[], slot: number, t: PyType, obj: PyValue, name: string): PyValue | undefined {
  const m = lookupMethod(obj, name);
  remember(caches, slot, new Entry(t, t.version, m !== undefined ? Kind.METHOD : Kind.SLOW, m));
  return m;
}

/** The unbound method for `obj.name(...)`, or undefined when the caller must use getAttr. */
export function loadMethodCached(caches: unknown[], slot: number, obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  const c = find(caches, slot, t);
  if (c === undefined) return fillMethod(caches, slot, t, obj, name);
  if (c.kind !== Kind.METHOD) return undefined;
  if (typeof obj === 'object' && obj.dict !== null && obj.dict.getStr(name) !== undefined) return undefined;
  return c.descr;
}

function fillStore(caches: unknown[], slot: number, t: PyType, name: string): void {
  if (t.setattro !== undefined && t.setattro !== genericSetAttr) return;
  const d = t.lookup(name);
  const dict = d === undefined || typeOf(d).descrSet === undefined;
  remember(caches, slot, new Entry(t, t.version, dict ? Kind.STORE_DICT : Kind.SLOW, undefined));
}

export function storeAttrCached(caches: unknown[], slot: number, obj: PyValue, name: string, value: PyValue): void {
  if (typeof obj !== 'object') { setAttr(obj, name, value); return; }
  const t = obj.cls;
  const c = find(caches, slot, t);
  if (c !== undefined) {
    if (c.kind === Kind.STORE_DICT && obj.dict !== null) { obj.dict.setStr(name, value); return; }
    setAttr(obj, name, value);
    return;
  }
  fillStore(caches, slot, t, name);
  setAttr(obj, name, value);
}
