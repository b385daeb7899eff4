// The kernel of the object model: PyValue, PyObject, PyType with its slots, C3 MRO, version
// stamps for inline caches, typeOf, the singletons and the bare type objects of the values that
// are JS primitives. It imports only the two import-free files of device-exact floats, so every
// other file may build on it at load time.
import { boardFloats } from './board-mode';
import { toBoardFloat } from './format/board-float';

/** Any Python value (see src/README.md for the representation). */
export type PyValue = number | bigint | boolean | string | PyObject;
/** Arguments of a call: positional values, then the values of keyword arguments named by kwnames. */
export type KwNames = readonly string[] | undefined;

/** Binary operators, in one order shared by the VM, slots and dunder tables. */
export enum BinOp { ADD, SUB, MUL, MATMUL, TRUEDIV, FLOORDIV, MOD, POW, LSHIFT, RSHIFT, AND, OR, XOR }
export const BINOP_SYMBOL = ['+', '-', '*', '@', '/', '//', '%', '** or pow()', '<<', '>>', '&', '|', '^'];
export const BINOP_DUNDER = ['__add__', '__sub__', '__mul__', '__matmul__', '__truediv__', '__floordiv__', '__mod__', '__pow__', '__lshift__', '__rshift__', '__and__', '__or__', '__xor__'];
export const BINOP_RDUNDER = BINOP_DUNDER.map((n) => '__r' + n.slice(2));
export const BINOP_IDUNDER = BINOP_DUNDER.map((n) => '__i' + n.slice(2));

/** Rich comparisons, numbered as CPython's Py_LT..Py_GE. */
export enum CmpOp { LT, LE, EQ, NE, GT, GE }
export const CMPOP_SYMBOL = ['<', '<=', '==', '!=', '>', '>='];
export const CMPOP_DUNDER = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
/** The operator to try on the right operand when the left one declines (a < b ⇔ b > a). */
export const CMPOP_SWAPPED = [CmpOp.GT, CmpOp.GE, CmpOp.EQ, CmpOp.NE, CmpOp.LT, CmpOp.LE];

export enum UnaryOp { NEG, POS, INVERT }
export const UNARYOP_DUNDER = ['__neg__', '__pos__', '__invert__'];
export const UNARYOP_SYMBOL = ['unary -', 'unary +', 'unary ~'];

/**
 * Base of every Python value that is not a JS primitive. Hot value classes declare their fields
 * (`declare`) and assign them in the constructor: with ES2022 class-field semantics, initialised
 * fields run through a per-class initialiser that costs a seventh of the time of allocating a tuple.
 */
export class PyObject {
  declare cls: PyType;
  /** Per-instance attribute dict (a PyDict); instances of plain Python classes start without one (instance.ts). */
  declare dict: PyObjectDict | null;
  constructor(cls: PyType) {
    this.cls = cls;
    this.dict = null;
  }
}

/** What PyObject.dict holds: the PyDict class of dict.ts (declared structurally to keep this file import-free). */
export interface PyObjectDict extends PyObject {
  getStr(key: string): PyValue | undefined;
  setStr(key: string, value: PyValue): void;
  deleteStr(key: string): boolean;
}

// Slot signatures. A slot is the fast native entry for a protocol; Python classes get generic
// slots that call their dunder methods (heap-type.ts).
export type CallSlot = (self: any, args: PyValue[], kwnames: KwNames) => PyValue;
export type NewSlot = (cls: PyType, args: PyValue[], kwnames: KwNames) => PyValue;
export type InitSlot = (self: any, args: PyValue[], kwnames: KwNames) => void;
export type AllocSlot = (cls: PyType) => PyObject;

/** Entries taking exactly 1, 2 or 3 positional arguments; null where a count needs the general path. */
export interface DirectConstruct {
  c1: ((a: PyValue) => PyValue) | null;
  c2: ((a: PyValue, b: PyValue) => PyValue) | null;
  c3: ((a: PyValue, b: PyValue, c: PyValue) => PyValue) | null;
}

/**
 * Whether a type is still at the version a cache entry was made for. Compiled code reads it from
 * the entry: a field of one small class, where the type's own `version` is a field of objects with
 * as many layouts as there are kinds of type, which V8 reads through a generic lookup.
 */
export class ValidityCell {
  declare valid: boolean;
  constructor() { this.valid = true; }
}

/** A type object. Slots left undefined mean "not supported". */
export class PyType extends PyObject {
  name: string;
  qualname: string;
  module = 'builtins';
  bases: PyType[];
  mro: PyType[] = [];
  /** The class namespace. Mutate only through setTypeAttr (attr.ts) so version and slots follow. */
  typeDict = new Map<string, PyValue>();
  /** Bumped whenever this type's dict or a base's changes: inline caches key on (type, version). */
  version = 0;
  /** Invalidated and replaced along with every bump of `version`. */
  validity = new ValidityCell();
  /** lookup() results by name; null records "not found". */
  lookupCache = new Map<string, PyValue | null>();
  /** lookupInit's answer as of `initVersion`. */
  private initCache: PyValue | undefined = undefined;
  private initVersion = -1;
  subclasses: PyType[] = [];
  /** True for classes made by a class statement or type(name, bases, dict). */
  isHeapType = false;
  /** False for types such as bool that cannot be subclassed. */
  isBaseType = true;
  /** str, list, tuple, bytes…: `+` failing between them and others says "can only concatenate". */
  isSequence = false;
  /** Marks function-like descriptors whose binding makes a bound method; lets the VM skip the allocation (lookupMethod). */
  isMethodDescriptor = false;
  /** How many attribute values instances of this class have come to hold: a new instance's room (instance.ts). */
  instanceSlots = 0;
  /** Attribute names instances may set when every Python class in the MRO declares __slots__, else null. */
  slotNames: Set<string> | null = null;
  /** Set by finishNativeType once the type's slots are complete. */
  finished = false;
  /**
   * For a few native types called in loops (range, enumerate): construction from 1-3 positional arguments
   * without the general call, as builtin functions' direct entries (builtin-function.ts).
   */
  construct: DirectConstruct | null = null;
  /** The native type whose instance layout (JS class) instances of this type use. */
  solidBase: PyType;

  alloc?: AllocSlot;
  new?: NewSlot;
  init?: InitSlot;
  call?: CallSlot;
  /** Attribute lookup; returns undefined when missing (the caller raises AttributeError). */
  getattro?: (self: any, name: string) => PyValue | undefined;
  /** value undefined means delete. */
  setattro?: (self: any, name: string, value: PyValue | undefined) => void;
  /** Descriptor get: obj is undefined when looked up on the class itself. */
  descrGet?: (descr: any, obj: PyValue | undefined, type: PyType) => PyValue;
  /** Present only on data descriptors; value undefined means delete. */
  descrSet?: (descr: any, obj: PyValue, value: PyValue | undefined) => void;
  repr?: (self: any) => string;
  str?: (self: any) => string;
  hash?: (self: any) => number;
  /** Returns NotImplemented when it cannot compare. */
  richcompare?: (self: any, other: PyValue, op: CmpOp) => PyValue;
  bool?: (self: any) => boolean;
  len?: (self: any) => number;
  iter?: (self: any) => PyValue;
  /** Returns STOP when exhausted. */
  next?: (self: any) => PyValue | typeof STOP;
  getitem?: (self: any, key: PyValue) => PyValue;
  setitem?: (self: any, key: PyValue, value: PyValue) => void;
  delitem?: (self: any, key: PyValue) => void;
  contains?: (self: any, item: PyValue) => boolean;
  /** self is the left operand; returns NotImplemented to decline. */
  binop?: (op: BinOp, self: any, other: PyValue) => PyValue;
  /** self is the right operand (computes other OP self); returns NotImplemented to decline. */
  rbinop?: (op: BinOp, self: any, other: PyValue) => PyValue;
  /** In-place form (__iadd__…); returns NotImplemented to fall back to binop. */
  inplace?: (op: BinOp, self: any, other: PyValue) => PyValue;
  unary?: (op: UnaryOp, self: any) => PyValue;
  /** __index__: an exact int. */
  index?: (self: any) => number | bigint;
  /** __int__ and __float__ conversions. */
  int?: (self: any) => number | bigint;
  float?: (self: any) => number;
  /** __enter__/__exit__ are looked up as methods; no slot. */

  constructor(metatype: PyType | null, name: string, bases: PyType[]) {
    // typeType does not exist yet while it is itself being made; fixed up below.
    super(metatype as PyType);
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.solidBase = bases.length ? bases[0].solidBase : this;
    this.mro = computeMro(this);
    for (const b of bases) b.subclasses.push(this);
  }

  /**
   * Finds name along the MRO (no descriptors applied). Results are cached per type (CPython's
   * method cache): attribute stores look up the name on every `self.x = v`. The cache is
   * emptied by bumpVersion, and by finishNativeType for dicts filled at load time.
   */
  /** lookup('__init__'), remembered until the next version: every instance made asks, and a Map probe is dear. */
  lookupInit(): PyValue | undefined {
    if (this.initVersion !== this.version) {
      this.initCache = this.lookup('__init__');
      this.initVersion = this.version;
    }
    return this.initCache;
  }

  lookup(name: string): PyValue | undefined {
    const c = this.lookupCache.get(name);
    if (c !== undefined) return c === null ? undefined : c;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].typeDict.get(name);
      if (v !== undefined) {
        this.lookupCache.set(name, v);
        return v;
      }
    }
    this.lookupCache.set(name, null);
    return undefined;
  }

  /** The class along the MRO whose dict defines name. */
  lookupOwner(name: string): PyType | undefined {
    for (const t of this.mro) if (t.typeDict.has(name)) return t;
    return undefined;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  /** Called after any change of this type's dict: invalidates caches here and in subclasses. */
  bumpVersion(): void {
    this.version++;
    this.validity.valid = false;
    this.validity = new ValidityCell();
    this.lookupCache.clear();
    for (const s of this.subclasses) s.bumpVersion();
  }
}

/** C3 linearisation. Throws a plain MroConflict that type creation turns into TypeError. */
export class MroConflict {
  constructor(public bases: PyType[]) {}
}

function computeMro(t: PyType): PyType[] {
  if (t.bases.length === 0) return [t];
  if (t.bases.length === 1) return [t, ...t.bases[0].mro];
  const seqs = t.bases.map((b) => b.mro.slice()).concat([t.bases.slice()]);
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let head: PyType | undefined;
    for (const s of nonEmpty) {
      const cand = s[0];
      if (!nonEmpty.some((o) => o.indexOf(cand, 1) !== -1)) { head = cand; break; }
    }
    if (head === undefined) throw new MroConflict(t.bases);
    out.push(head);
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}

// The two roots. type's metatype is itself.
export const objectType = new PyType(null, 'object', []);
export const typeType = new PyType(null, 'type', [objectType]);
objectType.cls = typeType;
typeType.cls = typeType;

/** Every slot field of PyType, in the order native-class.ts inherits them. */
export const SLOT_NAMES = [
  'alloc', 'new', 'init', 'call', 'getattro', 'setattro', 'descrGet', 'descrSet', 'repr', 'str', 'hash',
  'richcompare', 'bool', 'len', 'iter', 'next', 'getitem', 'setitem', 'delitem', 'contains', 'binop', 'rbinop',
  'inplace', 'unary', 'index', 'int', 'float',
] as const;

/**
 * Makes a native (built-in) type; its methods are added by the file that implements it. A type
 * made after its base is finished starts with the base's slots (set your own afterwards), so
 * module code that never calls finishNativeType still inherits behaviour.
 */
export function makeNativeType(name: string, base: PyType = objectType, module = 'builtins'): PyType {
  const t = new PyType(typeType, name, [base]);
  t.module = module;
  if (base.finished) {
    const from = base as unknown as Record<string, unknown>, to = t as unknown as Record<string, unknown>;
    for (const k of SLOT_NAMES) to[k] = from[k];
    t.solidBase = base.solidBase;
    t.isSequence = base.isSequence;
  }
  return t;
}

// Types whose values are JS primitives or singletons; their behaviour lives in int.ts, str.ts …
export const intType = makeNativeType('int');
export const boolType = makeNativeType('bool', intType);
export const floatType = makeNativeType('float');
export const strType = makeNativeType('str');
export const noneType = makeNativeType('NoneType');
export const notImplementedType = makeNativeType('NotImplementedType');
export const ellipsisType = makeNativeType('ellipsis');
boolType.isBaseType = false;
noneType.isBaseType = false;
notImplementedType.isBaseType = false;
ellipsisType.isBaseType = false;

export class PySingleton extends PyObject {
  constructor(cls: PyType, public readonly name: string) { super(cls); }
}
export const None = new PySingleton(noneType, 'None');
export const NotImplemented = new PySingleton(notImplementedType, 'NotImplemented');
export const Ellipsis = new PySingleton(ellipsisType, 'Ellipsis');

/**
 * A Python float. Boxed so that 1.0 (float) and 1 (int) stay distinct. Every float result passes
 * through here, so device-exact mode reduces it to the board's precision here, once.
 *
 * Floats are made by the million, so PyFloat does not extend PyObject but has the same fields:
 * the stores in PyObject's constructor are shared by every subclass, V8 sees them megamorphic, and
 * even inlined they go through its generic store (a boxed float took twice the instructions).
 */
export class PyFloat {
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  declare value: number;
  constructor(value: number) {
    this.cls = floatType;
    this.dict = null;
    this.value = floatValue(value);
  }
}

/** The value a float made from the double `value` holds (the board's rounding in device-exact mode). */
export function floatValue(value: number): number {
  return boardFloats ? toBoardFloat(value) : value;
}

/** iterNext's "exhausted" result: never a Python value. */
export const STOP: unique symbol = Symbol('STOP');

/** The Python type of any value. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'number': case 'bigint': return intType;
    case 'string': return strType;
    case 'boolean': return boolType;
    default: return v.cls;
  }
}

/** The type name used in error messages ('int', 'NoneType', user class names). */
export function typeName(v: PyValue): string {
  return typeOf(v).name;
}
