// Inline caches: each LOAD_GLOBAL/LOAD_ATTR/LOAD_METHOD/STORE_ATTR site owns one slot in its
// code object's `caches`.
//
// A LOAD_GLOBAL slot remembers the module dict's cell for the name, or a builtin's value and
// the versions of the dicts it looked in (see loadGlobalCached).
//
// An attribute slot remembers what the lookup found on a type at a given `version` (bumped by
// any change to the class or a base), so a later hit skips the MRO walk and the descriptor
// tests: a property's getter or setter is called directly, a method is returned unbound. For
// instances with a Shape (objects/instance.ts) it also remembers the shape and the attribute's
// index in it, so a hit reads or writes the instance's value array with no hash probe. For a
// class as the receiver (`Shape.clamp`, `Config.SPEED`) it remembers the class and its version.
// For `super().name(...)` it remembers the instance's type, its version and the class super
// starts after, so the call skips the MRO walk and the bound method. For a module as the receiver
// it remembers the module and its dict's cell for the name.
// A slot holds one entry, or up to POLY entries once a site sees several classes or shapes (a
// method called on the subclasses of one base). Only types using the generic attribute
// protocol are cached (and classes whose metaclass is `type`); __getattr__/__getattribute__/
// __setattr__ overrides always take the slow path.

import { None, PyObject, PyType, PyValue, ValidityCell, typeOf, typeType } from '../objects/core';
import { PyInstance, Shape } from '../objects/instance';
import { PySuper, superType } from '../objects/super';
import { genericGetAttr, genericSetAttr, getAttr, setAttr } from '../objects/attr';
import { DictCell, PyDict } from '../objects/dict';
import { NameError, newException } from '../objects/exceptions';
import { PyModule, moduleType } from '../objects/module';

/**
 * A LOAD_GLOBAL site's memory. A global is read through the module dict's cell for the name
 * (PyDict.cellFor), which every store keeps current, so stores to other globals (or to this one)
 * cost the site nothing. A builtin is remembered by value, valid while the module dict gains no
 * key and builtins do not change. The entry is updated in place, so a miss allocates nothing.
 */
class GlobalEntry {
  declare globals: PyDict;
  declare builtins: PyDict;
  /** The module dict's cell for the name, or null when the name was a builtin. */
  declare cell: DictCell | null;
  declare keysVersion: number;
  declare builtinsVersion: number;
  declare value: PyValue;
  constructor(globals: PyDict, builtins: PyDict) {
    this.globals = globals;
    this.builtins = builtins;
    this.cell = null;
    this.keysVersion = -1;
    this.builtinsVersion = -1;
    this.value = None;
  }
}

/** `name` from globals, else builtins, else NameError: what LOAD_GLOBAL pushes (also used by the JIT tier). */
export function loadGlobalCached(caches: unknown[], slot: number, globals: PyDict, builtins: PyDict, name: string): PyValue {
  const e = caches[slot] as GlobalEntry | undefined;
  if (e !== undefined && e.globals === globals && e.builtins === builtins) {
    const cell = e.cell;
    if (cell !== null) {
      const v = cell.value;
      if (v !== undefined) return v;
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
  e.cell = inGlobals ? globals.cellFor(name) : null;
  e.keysVersion = globals.keysVersion;
  e.builtinsVersion = builtins.version;
  e.value = v;
  return v;
}

const enum Kind {
  /** Nothing on the type: only the instance can have it. */
  INSTANCE,
  /** A function-like method descriptor: the instance first, then bind (LOAD_METHOD: call unbound). */
  METHOD,
  /** Another descriptor with __get__ only (classmethod, staticmethod…): the instance first, then __get__. */
  NONDATA,
  /** A plain class attribute (no __get__): the instance first, then the value itself. */
  PLAIN,
  /** A data descriptor (property, getset): its __get__ wins over the instance. */
  DATA,
  /** The class itself is the receiver: its attribute `descr`, through __get__ when it has one. */
  CLASS,
  /** Anything else: the generic path. */
  SLOW,
  /** STORE_ATTR into the instance's dict (no data descriptor on the type). */
  STORE_DICT,
  /** STORE_ATTR into the instance's values at `index`, then the instance takes shape `next`. */
  STORE_SLOT,
  /** STORE_ATTR through a data descriptor's __set__. */
  STORE_DATA,
  /** `super().name(...)`: a method-like descr found after the super object's class in the MRO. */
  SUPER_METHOD,
  /** A module's attribute (`math.pi`, `time.monotonic`): read through the module dict's `cell`. */
  MODULE,
}

/** What besides the type and its version an entry must check. */
const enum Guard {
  NONE,
  /** The receiver is a PyInstance of this `shape` (null: it keeps a dict). */
  SHAPE,
  /** The receiver is the class `owner`, at `ownerVersion`. */
  CLASS,
  /** The receiver is a super object for an instance of `owner` (at `ownerVersion`), starting after `start`. */
  SUPER,
  /** The receiver is the module `module`. */
  MODULE,
}

class Entry {
  declare readonly type: PyType;
  declare readonly version: number;
  declare readonly kind: Kind;
  declare readonly descr: PyValue | undefined;
  declare readonly guard: Guard;
  declare readonly shape: Shape | null;
  /** The attribute's index in `shape` (-1 when absent); for STORE_SLOT, where it goes. */
  declare readonly index: number;
  /** STORE_SLOT: the shape after the store (the same shape when the attribute existed). */
  declare readonly next: Shape | null;
  declare readonly owner: PyType | null;
  declare readonly ownerVersion: number;
  /** MODULE: the module and its dict's cell for the name (kept current by the dict's stores). */
  declare readonly module: PyModule | null;
  declare readonly cell: DictCell | null;
  /** SUPER: the class the super object searches after. */
  declare readonly start: PyType | null;
  /** The type's validity at `version`. */
  declare readonly validity: ValidityCell;
  /**
   * What compiled code does itself on a hit of this entry for a shaped instance (jit/translate.ts
   * tests the instance's shape and class, and `validity`): the index to read (-1: call the
   * helper), the method LOAD_METHOD pushes unbound, the index a store writes before the
   * instance takes shape `next`.
   */
  declare readonly read: number;
  declare readonly method: PyValue | undefined;
  declare readonly write: number;
  /** Entries for the other classes or shapes this site has seen, most recent first (at most POLY - 1). */
  declare poly: Entry[] | null;
  constructor(
    type: PyType, kind: Kind, descr: PyValue | undefined, obj: PyValue, index: number, next: Shape | null,
    name: string | null = null,
  ) {
    this.type = type;
    this.version = type.version;
    this.validity = type.validity;
    this.kind = kind;
    this.descr = descr;
    const inst = obj instanceof PyInstance, sup = kind === Kind.SUPER_METHOD ? obj as PySuper : null;
    const owner = kind === Kind.CLASS ? obj as PyType : sup !== null ? sup.objType : null;
    const module = kind === Kind.MODULE ? obj as PyModule : null;
    this.guard = inst ? Guard.SHAPE : sup !== null ? Guard.SUPER : owner !== null ? Guard.CLASS
      : module !== null ? Guard.MODULE : Guard.NONE;
    this.shape = inst ? (obj as PyInstance).shape : null;
    this.index = index;
    this.next = next;
    this.owner = owner;
    this.ownerVersion = owner !== null ? owner.version : 0;
    this.module = module;
    this.cell = module !== null ? module.dict.cellFor(name!) : null;
    this.start = sup !== null ? sup.thisClass : null;
    const shaped = this.shape !== null;
    const readsInstance = kind === Kind.INSTANCE || kind === Kind.METHOD || kind === Kind.NONDATA || kind === Kind.PLAIN;
    this.read = shaped && index >= 0 && readsInstance ? index : -1;
    this.method = shaped && index < 0 && kind === Kind.METHOD ? descr : undefined;
    this.write = shaped && kind === Kind.STORE_SLOT ? index : -1;
    this.poly = null;
  }
}

const POLY = 4;

/** The guards other than a shape or none: a class receiver, a super object or a module. */
function matchesOwner(e: Entry, obj: PyValue): boolean {
  if (e.guard === Guard.CLASS) return obj === e.owner && (obj as PyType).version === e.ownerVersion;
  if (e.guard === Guard.MODULE) return obj === e.module;
  const s = obj as PySuper;
  return s.objType === e.owner && s.objType.version === e.ownerVersion && s.thisClass === e.start;
}

/**
 * The valid entry for obj of type t in a slot, if any. The slot always holds the latest entry.
 * The checks are written out for the head and in the loop over the others: at a site that sees
 * several classes (a Task method called on four subclasses) a call per entry tested was a fifth
 * of richards' time.
 */
function find(caches: unknown[], slot: number, t: PyType, obj: PyValue): Entry | undefined {
  const c = caches[slot] as Entry | undefined;
  if (c === undefined) return undefined;
  const version = t.version;
  if (c.type === t && c.version === version) {
    const g = c.guard;
    if (g === Guard.SHAPE ? (obj as PyInstance).shape === c.shape : g === Guard.NONE || matchesOwner(c, obj)) return c;
  }
  const poly = c.poly;
  if (poly === null) return undefined;
  for (let i = 0; i < poly.length; i++) {
    const e = poly[i];
    if (e.type === t && e.version === version) {
      const g = e.guard;
      if (g === Guard.SHAPE ? (obj as PyInstance).shape === e.shape : g === Guard.NONE || matchesOwner(e, obj)) return e;
    }
  }
  return undefined;
}

/** Whether an older entry x is still worth keeping beside the new entry e. */
function keep(x: Entry, e: Entry): boolean {
  return x.type !== e.type || (x.version === e.version && (x.shape !== e.shape || x.owner !== e.owner || x.module !== e.module));
}

function remember(caches: unknown[], slot: number, e: Entry): Entry {
  const c = caches[slot] as Entry | undefined;
  if (c !== undefined) {
    const others: Entry[] = [];
    if (keep(c, e)) others.push(c);
    if (c.poly !== null) for (const x of c.poly) if (keep(x, e) && others.length < POLY - 1) others.push(x);
    if (others.length) e.poly = others;
  }
  caches[slot] = e;
  return e;
}

function generic(t: PyType): boolean {
  return t.getattro === undefined || t.getattro === genericGetAttr;
}

/** The index of name among a shaped instance's values, else -1. */
function shapeIndex(obj: PyValue, name: string): number {
  return obj instanceof PyInstance && obj.shape !== null ? obj.shape.indexOf(name) : -1;
}

function classify(t: PyType, obj: PyValue, name: string): Entry {
  const d = t.lookup(name);
  const i = shapeIndex(obj, name);
  if (d === undefined) return new Entry(t, Kind.INSTANCE, undefined, obj, i, null);
  const dt = typeOf(d);
  let kind: Kind;
  if (dt.descrGet === undefined) kind = Kind.PLAIN;
  else if (dt.descrSet !== undefined) kind = Kind.DATA;
  else kind = dt.isMethodDescriptor ? Kind.METHOD : Kind.NONDATA;
  return new Entry(t, kind, d, obj, i, null);
}

/**
 * A class as the receiver, with `type` as its metaclass: cached when the class's MRO has the
 * name and type has no data descriptor by that name (type's own dict never changes).
 */
function classifyClass(cls: PyType, name: string): Entry | undefined {
  const md = typeType.lookup(name);
  if (md !== undefined && typeOf(md).descrSet !== undefined) return undefined;
  const v = cls.lookup(name);
  return v === undefined ? undefined : new Entry(typeType, Kind.CLASS, v, cls, -1, null);
}

/**
 * `super().name` as a method call on an instance: the first definition after the super object's
 * class along the instance's MRO (what super's getattro finds), when it binds like a function.
 * The instance type's version covers every class on that MRO.
 */
function classifySuper(s: PySuper, name: string): Entry | undefined {
  if (name === '__class__' || s.obj === s.objType) return undefined;
  const mro = s.objType.mro;
  const from = mro.indexOf(s.thisClass) + 1;
  if (from === 0) return undefined;
  for (let i = from; i < mro.length; i++) {
    const v = mro[i].typeDict.get(name);
    if (v !== undefined) return typeOf(v).isMethodDescriptor ? new Entry(superType, Kind.SUPER_METHOD, v, s, -1, null) : undefined;
  }
  return undefined;
}

/**
 * Whether an attribute site has seen one receiver's class and shape (or one module) only, and can
 * `use` its entry inline: what the compiled tier asks before emitting the entry's test (a site
 * that sees several classes gains nothing from testing the latest one first).
 */
export function monomorphicEntry(caches: unknown[], slot: number, use: 'read' | 'method' | 'write' | 'module'): boolean {
  const e = caches[slot] as Entry | undefined;
  if (e === undefined || e.poly !== null) return false;
  switch (use) {
    case 'read': return e.read >= 0;
    case 'method': return e.method !== undefined;
    case 'write': return e.write >= 0;
    case 'module': return e.module !== null;
  }
}

/**
 * A module as the receiver: cached while the name is in the module dict, which the module type's
 * getattro consults before anything else.
 */
function classifyModule(m: PyModule, name: string): Entry | undefined {
  return m.dict.getStr(name) === undefined ? undefined : new Entry(moduleType, Kind.MODULE, undefined, m, -1, null, name);
}

/** A miss: classify and remember, or undefined for receivers the cache does not handle. */
function fill(caches: unknown[], slot: number, t: PyType, obj: PyValue, name: string): Entry | undefined {
  let e: Entry | undefined;
  if (generic(t)) e = classify(t, obj, name);
  else if (t === typeType) e = classifyClass(obj as PyType, name);
  else if (t === superType) e = classifySuper(obj as PySuper, name);
  else if (t === moduleType) e = classifyModule(obj as PyModule, name);
  return e === undefined ? undefined : remember(caches, slot, e);
}

export function loadAttrCached(caches: unknown[], slot: number, obj: PyValue, name: string): PyValue {
  if (typeof obj !== 'object') return getAttr(obj, name);
  const t = obj.cls;
  let c = find(caches, slot, t, obj);
  if (c === undefined) {
    c = fill(caches, slot, t, obj, name);
    if (c === undefined) return getAttr(obj, name);
  }
  const kind = c.kind;
  if (kind === Kind.DATA) return typeOf(c.descr!).descrGet!(c.descr, obj, t);
  if (kind === Kind.CLASS) {
    const get = typeOf(c.descr!).descrGet;
    return get === undefined ? c.descr! : get(c.descr, undefined, obj as PyType);
  }
  if (kind === Kind.SLOW) return getAttr(obj, name);
  if (kind === Kind.MODULE) {
    const v = c.cell!.value;
    if (v !== undefined) return v;
    // Deleted, or the dict forgot its cells after a bulk change: fill again (a fresh cell).
    fill(caches, slot, t, obj, name);
    return getAttr(obj, name);
  }
  if (kind === Kind.SUPER_METHOD) {
    const s = obj as PySuper;
    return typeOf(c.descr!).descrGet!(c.descr, s.obj, s.objType);
  }
  if (c.shape !== null) {
    if (c.index >= 0) return (obj as PyInstance).values[c.index];
  } else {
    const d = (obj as PyObject).dict;
    if (d !== null) {
      const v = d.getStr(name);
      if (v !== undefined) return v;
    }
  }
  if (kind === Kind.PLAIN) return c.descr!;
  if (kind === Kind.INSTANCE) return getAttr(obj, name);
  return typeOf(c.descr!).descrGet!(c.descr, obj, t);
}

/**
 * The unbound method for `obj.name(...)`, or undefined when the caller must load the attribute
 * (with loadAttrCached on the same slot, which then finds the entry this call made).
 */
export function loadMethodCached(caches: unknown[], slot: number, obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  let c = find(caches, slot, t, obj);
  if (c === undefined) {
    c = fill(caches, slot, t, obj, name);
    if (c === undefined) return undefined;
  }
  if (c.kind !== Kind.METHOD) return undefined;
  if (c.shape !== null) return c.index < 0 ? c.descr : undefined;
  if (typeof obj === 'object' && obj.dict !== null && obj.dict.getStr(name) !== undefined) return undefined;
  return c.descr;
}

/**
 * For `super().name(...)` after loadMethodCached gave undefined: the unbound method, to be called
 * with the super object's instance (`s.obj`) as self, or undefined for the generic path.
 */
export function loadSuperMethodCached(caches: unknown[], slot: number, s: PySuper): PyValue | undefined {
  const c = find(caches, slot, superType, s);
  return c !== undefined && c.kind === Kind.SUPER_METHOD ? c.descr : undefined;
}

function fillStore(caches: unknown[], slot: number, t: PyType, obj: PyValue, name: string): void {
  if (t.setattro !== undefined && t.setattro !== genericSetAttr) return;
  const d = t.lookup(name);
  let e: Entry;
  if (d !== undefined && typeOf(d).descrSet !== undefined) {
    e = new Entry(t, Kind.STORE_DATA, d, obj, -1, null);
  } else if (t.slotNames !== null && !t.slotNames.has(name)) {
    e = new Entry(t, Kind.SLOW, undefined, obj, -1, null);
  } else if (obj instanceof PyInstance && obj.shape !== null) {
    const shape = obj.shape, i = shape.indexOf(name);
    if (i >= 0) e = new Entry(t, Kind.STORE_SLOT, undefined, obj, i, shape);
    else if (shape.full) e = new Entry(t, Kind.SLOW, undefined, obj, -1, null);
    else e = new Entry(t, Kind.STORE_SLOT, undefined, obj, shape.names.length, shape.with(name));
  } else {
    e = new Entry(t, Kind.STORE_DICT, undefined, obj, -1, null);
  }
  remember(caches, slot, e);
}

export function storeAttrCached(caches: unknown[], slot: number, obj: PyValue, name: string, value: PyValue): void {
  if (typeof obj !== 'object') { setAttr(obj, name, value); return; }
  const t = obj.cls;
  const c = find(caches, slot, t, obj);
  if (c !== undefined) {
    switch (c.kind) {
      case Kind.STORE_SLOT: {
        const o = obj as PyInstance;
        const i = c.index;
        o.values[i] = value;
        o.shape = c.next;
        if (i >= t.instanceSlots) t.instanceSlots = i + 1;
        return;
      }
      case Kind.STORE_DICT:
        if (obj.dict !== null) { obj.dict.setStr(name, value); return; }
        break;
      case Kind.STORE_DATA:
        typeOf(c.descr!).descrSet!(c.descr, obj, value);
        return;
    }
    setAttr(obj, name, value);
    return;
  }
  fillStore(caches, slot, t, obj, name);
  setAttr(obj, name, value);
}
