// Native classes: defineClass for module authors (see README.md), and finishNativeType, which
// gives a native type its base's slots and exposes its slots as dunder methods
// (int.__add__, object.__init__, list.__getitem__ …) so that super() and Python code see them.
import {
  BINOP_DUNDER, BINOP_IDUNDER, BINOP_RDUNDER, CMPOP_DUNDER, KwNames, None, PyFloat, PyObject, PyType, PyValue, STOP,
  SLOT_NAMES, UNARYOP_DUNDER, makeNativeType, objectType, typeOf,
} from './core';
import { newTypeError } from './exceptions';
import { stopIterationFor } from './ops';
import { NativeFn, PyBuiltinFunction, PyGetSetDescriptor, PyMethodDescriptor } from './builtin-function';
import { defineClassMethod, defineMethod, defineStaticMethod, nativeFn } from './args';

const INHERITED = SLOT_NAMES;
type Slot = typeof INHERITED[number];

function rest(args: PyValue[]): PyValue[] { return args.slice(1); }

function argc(args: PyValue[], n: number): void {
  if (args.length - 1 !== n) throw newTypeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length - 1}`);
}

/** The dunder methods a slot provides, as (name, fn) pairs; fn receives self in args[0]. */
function slotWrappers(t: PyType, slot: Slot): [string, NativeFn][] {
  const s = t as unknown as Record<Slot, any>;
  const f = s[slot];
  switch (slot) {
    case 'init': return [['__init__', (a, kw) => { f(a[0], rest(a), kw); return None; }]];
    case 'call': return [['__call__', (a, kw) => f(a[0], rest(a), kw)]];
    case 'repr': return [['__repr__', (a) => { argc(a, 0); return f(a[0]); }]];
    case 'str': return [['__str__', (a) => { argc(a, 0); return f(a[0]); }]];
    case 'hash': return [['__hash__', (a) => { argc(a, 0); return f(a[0]); }]];
    case 'bool': return [['__bool__', (a) => { argc(a, 0); return f(a[0]); }]];
    case 'len': return [['__len__', (a) => { argc(a, 0); return f(a[0]); }]];
    case 'iter': return [['__iter__', (a) => { argc(a, 0); return f(a[0]); }]];
    case 'next': return [['__next__', (a) => {
      argc(a, 0);
      const r = f(a[0]);
      if (r === STOP) throw stopIterationFor(a[0]);
      return r;
    }]];
    case 'getitem': return [['__getitem__', (a) => { argc(a, 1); return f(a[0], a[1]); }]];
    case 'setitem': return [['__setitem__', (a) => { argc(a, 2); f(a[0], a[1], a[2]); return None; }]];
    case 'delitem': return [['__delitem__', (a) => { argc(a, 1); f(a[0], a[1]); return None; }]];
    case 'contains': return [['__contains__', (a) => { argc(a, 1); return f(a[0], a[1]); }]];
    case 'index': return [['__index__', (a) => f(a[0])]];
    case 'int': return [['__int__', (a) => f(a[0])]];
    case 'float': return [['__float__', (a) => new PyFloat(f(a[0]))]];
    case 'richcompare': return CMPOP_DUNDER.map((n, op) => [n, (a: PyValue[]) => { argc(a, 1); return f(a[0], a[1], op); }]);
    case 'binop': return BINOP_DUNDER.map((n, op) => [n, (a: PyValue[]) => { argc(a, 1); return f(op, a[0], a[1]); }]);
    case 'rbinop': return BINOP_RDUNDER.map((n, op) => [n, (a: PyValue[]) => { argc(a, 1); return f(op, a[0], a[1]); }]);
    case 'inplace': return BINOP_IDUNDER.map((n, op) => [n, (a: PyValue[]) => { argc(a, 1); return f(op, a[0], a[1]); }]);
    case 'unary': return UNARYOP_DUNDER.map((n, op) => [n, (a: PyValue[]) => { argc(a, 0); return f(op, a[0]); }]);
    case 'descrGet': return [['__get__', (a) => f(a[0], a[1] === None ? undefined : a[1], a[2] instanceof PyType ? a[2] : typeOf(a[1]))]];
    case 'descrSet': return [['__set__', (a) => { f(a[0], a[1], a[2]); return None; }], ['__delete__', (a) => { f(a[0], a[1], undefined); return None; }]];
    default: return [];
  }
}

/**
 * Completes a native type: slots it does not define come from its base (hash only together
 * with richcompare, as in CPython), and its own slots appear in its dict as dunder methods.
 */
export function finishNativeType(t: PyType): void {
  const s = t as unknown as Record<Slot, unknown>;
  const base = t.bases[0] as unknown as Record<Slot, unknown> | undefined;
  // Slots copied from the base at creation (makeNativeType) are not the type's own.
  const own = INHERITED.filter((k) => s[k] !== undefined && (base === undefined || s[k] !== base[k] || k === 'alloc'));
  // A type with its own instance layout is the solid base its Python subclasses allocate through.
  if (own.includes('alloc') && (base === undefined || t.alloc !== base.alloc)) t.solidBase = t;
  else if (base !== undefined) t.solidBase = t.bases[0].solidBase;
  if (base !== undefined) {
    for (const k of INHERITED) {
      if (s[k] !== undefined) continue;
      if (k === 'hash' && own.includes('richcompare')) continue;
      s[k] = base[k];
    }
    if (t.bases[0].isSequence) t.isSequence = true;
  }
  t.finished = true;
  // Dicts of native types are filled directly at load time, after lookups may have been cached.
  t.bumpVersion();
  for (const k of own) {
    for (const [name, fn] of slotWrappers(t, k)) {
      if (!t.typeDict.has(name)) t.typeDict.set(name, new PyMethodDescriptor(name, t, fn));
    }
  }
  if (own.includes('new') && !t.typeDict.has('__new__')) {
    t.typeDict.set('__new__', new PyBuiltinFunction('__new__', (args, kw) => tpNewWrapper(t, args, kw), null, `${t.name}.__new__`));
  }
}

function tpNewWrapper(t: PyType, args: PyValue[], kw: KwNames): PyValue {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw newTypeError(`${t.name}.__new__(X): X is not a type object (${cls === undefined ? 'nothing' : typeOf(cls).name})`);
  if (!cls.isSubtypeOf(t)) throw newTypeError(`${t.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${t.name}`);
  return t.new!(cls, rest(args), kw);
}

type Fn = (...a: any[]) => PyValue | void;

/** What defineClass takes; see README.md for an example. */
export interface ClassSpec {
  name: string;
  module?: string;
  base?: PyType;
  /** Allocates the JS object of this class's layout (subclasses reuse it). */
  alloc?: (cls: PyType) => PyObject;
  /** `['__init__(self, a, *, b=1)', (self, a, b) => …]`. */
  init?: [string, Fn];
  /** For immutable values: `['__new__(cls, a)', (cls, a) => instance]` (no init). */
  new?: [string, Fn];
  methods?: Record<string, Fn>;
  classMethods?: Record<string, Fn>;
  staticMethods?: Record<string, Fn>;
  properties?: Record<string, { get: (self: any) => PyValue; set?: (self: any, v: PyValue) => void }>;
  /** Class attributes (constants, nested enums). */
  attrs?: Record<string, PyValue>;
  /** Slots, with the signatures of PyType's fields. */
  slots?: Partial<Pick<PyType, 'repr' | 'str' | 'hash' | 'richcompare' | 'bool' | 'len' | 'iter' | 'next' |
    'getitem' | 'setitem' | 'delitem' | 'contains' | 'binop' | 'rbinop' | 'unary' | 'call' | 'index' | 'getattro' | 'setattro'>>;
  /** False to forbid Python subclasses. */
  subclassable?: boolean;
}

/** A native class usable from Python and subclassable by Python classes. */
export function defineClass(spec: ClassSpec): PyType {
  const t = makeNativeType(spec.name, spec.base ?? objectType, spec.module ?? 'builtins');
  if (spec.subclassable === false) t.isBaseType = false;
  if (spec.alloc !== undefined) t.alloc = spec.alloc;
  if (spec.init !== undefined) {
    const fn = nativeFn(spec.init[0], spec.init[1], true);
    t.init = (self, args, kwnames) => {
      const full = new Array<PyValue>(args.length + 1);
      full[0] = self;
      for (let i = 0; i < args.length; i++) full[i + 1] = args[i];
      fn(full, kwnames);
    };
  }
  if (spec.new !== undefined) {
    const fn = nativeFn(spec.new[0], spec.new[1], true);
    t.new = (cls, args, kwnames) => fn([cls, ...args], kwnames);
    if (spec.init === undefined) t.init = () => {};
  }
  if (spec.slots !== undefined) Object.assign(t, spec.slots);
  for (const [sig, f] of Object.entries(spec.methods ?? {})) defineMethod(t, sig, f);
  for (const [sig, f] of Object.entries(spec.classMethods ?? {})) defineClassMethod(t, sig, f);
  for (const [sig, f] of Object.entries(spec.staticMethods ?? {})) defineStaticMethod(t, sig, f);
  for (const [name, p] of Object.entries(spec.properties ?? {})) {
    t.typeDict.set(name, new PyGetSetDescriptor(name, t, p.get, p.set ?? null));
  }
  for (const [name, v] of Object.entries(spec.attrs ?? {})) t.typeDict.set(name, v);
  finishNativeType(t);
  return t;
}
