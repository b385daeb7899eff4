// Classes made by Python: type(name, bases, ns) and the class statement (buildClass). Their
// slots are generic functions that call the class's dunder methods; a slot is taken from the
// first class along the MRO that defines it, so Python overrides win over native bases.
import {
  BINOP_DUNDER, BINOP_IDUNDER, BINOP_RDUNDER, BinOp, CMPOP_DUNDER, CMPOP_SWAPPED, CmpOp, KwNames, NotImplemented,
  None, PyObject, PyType, PyValue, STOP, UNARYOP_DUNDER, UnaryOp, objectType, typeOf, typeType,
} from './core';
import { MroConflict, PyFloat } from './core';
import { AttributeError, StopIteration, isExceptionOf, newTypeError, newValueError } from './exceptions';
import { PyDict } from './dict';
import { PyTuple } from './tuple';
import { call, index, isTrue, toArray } from './ops';
import { genericGetAttr, genericSetAttr } from './attr';
import { PyInstance } from './instance';
import { PyFunction } from './function';
import { callFunctionWithSelf } from '../vm/interpreter';
import * as W from './wording';

/** Calls the dunder found on self's type, binding it (functions without a bound-method allocation). */
function callDunder(f: PyValue, self: PyValue, args: PyValue[]): PyValue {
  if (f instanceof PyFunction) return callFunctionWithSelf(f, self, args);
  const ft = typeOf(f);
  if (ft.isMethodDescriptor) return call(f, withSelf(self, args));
  const get = ft.descrGet;
  return call(get === undefined ? f : get(f, self, typeOf(self)), args);
}

function dunder(self: PyValue, name: string, args: PyValue[]): PyValue {
  const f = typeOf(self).lookup(name);
  if (f === undefined) return NotImplemented;
  return callDunder(f, self, args);
}

/** [self, ...args] without the spread (this is on every Python-level instantiation). */
function withSelf(self: PyValue, args: PyValue[]): PyValue[] {
  const n = args.length;
  const full = new Array<PyValue>(n + 1);
  full[0] = self;
  for (let i = 0; i < n; i++) full[i + 1] = args[i];
  return full;
}

function heapCall(self: PyValue, args: PyValue[], kwnames: KwNames): PyValue {
  const f = typeOf(self).lookup('__call__')!;
  if (f instanceof PyFunction && kwnames === undefined) return callFunctionWithSelf(f, self, args);
  if (typeOf(f).isMethodDescriptor) return call(f, withSelf(self, args), kwnames);
  return call(typeOf(f).descrGet!(f, self, typeOf(self)), args, kwnames);
}

function heapRepr(self: PyValue): string {
  const r = dunder(self, '__repr__', []);
  if (typeof r !== 'string') throw newTypeError(`__repr__ returned non-string (type ${typeOf(r).name})`);
  return r;
}

function heapStr(self: PyValue): string {
  const r = dunder(self, '__str__', []);
  if (typeof r !== 'string') throw newTypeError(`__str__ returned non-string (type ${typeOf(r).name})`);
  return r;
}

function heapHash(self: PyValue): number {
  const r = dunder(self, '__hash__', []);
  if (typeof r === 'number') return r;
  if (typeof r === 'boolean') return r ? 1 : 0;
  if (typeof r === 'bigint') return Number(BigInt.asIntN(61, r));
  throw newTypeError('__hash__ method should return an integer');
}

function heapRichcompare(self: PyValue, other: PyValue, op: CmpOp): PyValue {
  return dunder(self, CMPOP_DUNDER[op], [other]);
}

/**
 * a OP b for two instances of one Python class that defines comparisons, as compare() runs it:
 * a's method, then b's reflected one, then identity for == and !=. Undefined when the class
 * compares as a native base does. The compiled tier's COMPARE_OP comes here first.
 */
export function sameClassCompare(op: CmpOp, a: PyInstance, b: PyInstance): PyValue | undefined {
  const t = a.cls;
  if (t.richcompare !== heapRichcompare) return undefined;
  const r = dunder(a, CMPOP_DUNDER[op], [b]);
  if (r !== NotImplemented) return r;
  const s = dunder(b, CMPOP_DUNDER[CMPOP_SWAPPED[op]], [a]);
  if (s !== NotImplemented) return s;
  if (op === CmpOp.EQ) return a === b;
  if (op === CmpOp.NE) return a !== b;
  throw newTypeError(W.unsupportedTypes(CMPOP_DUNDER[op], t.name, t.name));
}

function heapBool(self: PyValue): boolean {
  const t = typeOf(self);
  if (t.lookup('__bool__') === undefined) return heapLen(self) !== 0;
  const r = dunder(self, '__bool__', []);
  if (typeof r !== 'boolean') throw newTypeError(`__bool__ should return bool, returned ${typeOf(r).name}`);
  return r;
}

function heapLen(self: PyValue): number {
  const r = dunder(self, '__len__', []);
  const n = index(r);
  if (n < 0) throw newValueError('__len__() should return >= 0');
  return Number(n);
}

function heapIter(self: PyValue): PyValue { return dunder(self, '__iter__', []); }

function heapNext(self: PyValue): PyValue | typeof STOP {
  try {
    return dunder(self, '__next__', []);
  } catch (e) {
    if (isExceptionOf(e, StopIteration)) return STOP;
    throw e;
  }
}

function heapGetitem(self: PyValue, key: PyValue): PyValue { return dunder(self, '__getitem__', [key]); }
function heapSetitem(self: PyValue, key: PyValue, v: PyValue): void { dunder(self, '__setitem__', [key, v]); }
function heapDelitem(self: PyValue, key: PyValue): void { dunder(self, '__delitem__', [key]); }
function heapContains(self: PyValue, item: PyValue): boolean { return isTrue(dunder(self, '__contains__', [item])); }
function heapBinop(op: BinOp, self: PyValue, other: PyValue): PyValue { return dunder(self, BINOP_DUNDER[op], [other]); }
function heapRbinop(op: BinOp, self: PyValue, other: PyValue): PyValue { return dunder(self, BINOP_RDUNDER[op], [other]); }
function heapInplace(op: BinOp, self: PyValue, other: PyValue): PyValue { return dunder(self, BINOP_IDUNDER[op], [other]); }
function heapUnary(op: UnaryOp, self: PyValue): PyValue { return dunder(self, UNARYOP_DUNDER[op], []); }

/**
 * a OP b (or a OP= b, `inplace`) for two instances of one Python class, as the protocol has it:
 * __iop__ first for the in-place form, then only the left operand's __op__, never the reflected
 * one of the same type. The compiled tier's BINARY_OP comes here first (Vec + Vec), past the
 * protocol's general dispatch.
 */
export function sameClassBinop(op: BinOp, a: PyInstance, b: PyInstance, inplace: boolean): PyValue {
  const t = a.cls;
  if (inplace) {
    const fi = t.lookup(BINOP_IDUNDER[op]);
    if (fi !== undefined) {
      const r = callDunder(fi, a, [b]);
      if (r !== NotImplemented) return r;
    }
  }
  const f = t.lookup(BINOP_DUNDER[op]);
  if (f !== undefined) {
    const r = callDunder(f, a, [b]);
    if (r !== NotImplemented) return r;
  }
  throw newTypeError(W.unsupportedTypes((inplace ? BINOP_IDUNDER : BINOP_DUNDER)[op], t.name, t.name));
}

function heapIndex(self: PyValue): number | bigint {
  const r = dunder(self, '__index__', []);
  if (typeof r === 'number' || typeof r === 'bigint') return r;
  if (typeof r === 'boolean') return r ? 1 : 0;
  throw newTypeError(`__index__ returned non-int (type ${typeOf(r).name})`);
}

function heapInt(self: PyValue): number | bigint {
  const r = dunder(self, '__int__', []);
  if (typeof r === 'number' || typeof r === 'bigint') return r;
  if (typeof r === 'boolean') return r ? 1 : 0;
  throw newTypeError(`__int__ returned non-int (type ${typeOf(r).name})`);
}

function heapFloat(self: PyValue): number {
  const r = dunder(self, '__float__', []);
  if (r instanceof PyFloat) return r.value;
  throw newTypeError(`${typeOf(self).name}.__float__ returned non-float (type ${typeOf(r).name})`);
}

function heapGetattro(self: PyValue, name: string): PyValue | undefined {
  const t = typeOf(self);
  const ga = t.lookup('__getattribute__');
  const hook = t.lookup('__getattr__');
  let v: PyValue | undefined;
  try {
    v = ga !== undefined && t.lookupOwner('__getattribute__')!.isHeapType ? callDunder(ga, self, [name]) : genericGetAttr(self, name);
  } catch (e) {
    // An AttributeError from __getattribute__ or a property getter falls back to __getattr__.
    if (hook === undefined || !isExceptionOf(e, AttributeError)) throw e;
    v = undefined;
  }
  if (v === undefined && hook !== undefined) return callDunder(hook, self, [name]);
  return v;
}

function heapSetattro(self: PyValue, name: string, value: PyValue | undefined): void {
  const t = typeOf(self);
  const dn = value === undefined ? '__delattr__' : '__setattr__';
  const owner = t.lookupOwner(dn);
  if (owner !== undefined && owner.isHeapType) {
    callDunder(t.lookup(dn)!, self, value === undefined ? [name] : [name, value]);
    return;
  }
  genericSetAttr(self, name, value);
}

function heapDescrGet(descr: PyValue, obj: PyValue | undefined, type: PyType): PyValue {
  return dunder(descr, '__get__', [obj === undefined ? None : obj, type]);
}

function heapDescrSet(descr: PyValue, obj: PyValue, value: PyValue | undefined): void {
  if (value === undefined) dunder(descr, '__delete__', [obj]);
  else dunder(descr, '__set__', [obj, value]);
}

function heapInit(self: PyValue, args: PyValue[], kwnames: KwNames): void {
  const f = typeOf(self).lookupInit()!;
  const r = typeOf(f).isMethodDescriptor ? call(f, withSelf(self, args), kwnames) : call(typeOf(f).descrGet!(f, self, typeOf(self)), args, kwnames);
  if (r !== None) throw newTypeError(`__init__() should return None, not '${typeOf(r).name}'`);
}

function heapNew(cls: PyType, args: PyValue[], kwnames: KwNames): PyValue {
  let f = cls.lookup('__new__')!;
  const get = typeOf(f).descrGet;
  if (get !== undefined) f = get(f, undefined, cls);
  return call(f, withSelf(cls, args), kwnames);
}

type SlotName = 'call' | 'repr' | 'str' | 'hash' | 'richcompare' | 'bool' | 'len' | 'iter' | 'next' | 'getitem' |
  'setitem' | 'delitem' | 'contains' | 'binop' | 'rbinop' | 'inplace' | 'unary' | 'index' | 'int' | 'float' |
  'getattro' | 'setattro' | 'descrGet' | 'descrSet' | 'init' | 'new';

/** Each slot, the dunders that define it, and the generic implementation for Python classes. */
const SLOTS: [SlotName, string[], unknown][] = [
  ['call', ['__call__'], heapCall],
  ['repr', ['__repr__'], heapRepr],
  ['str', ['__str__'], heapStr],
  ['hash', ['__hash__'], heapHash],
  ['richcompare', CMPOP_DUNDER, heapRichcompare],
  ['bool', ['__bool__', '__len__'], heapBool],
  ['len', ['__len__'], heapLen],
  ['iter', ['__iter__'], heapIter],
  ['next', ['__next__'], heapNext],
  ['getitem', ['__getitem__'], heapGetitem],
  ['setitem', ['__setitem__'], heapSetitem],
  ['delitem', ['__delitem__'], heapDelitem],
  ['contains', ['__contains__'], heapContains],
  ['binop', BINOP_DUNDER, heapBinop],
  ['rbinop', BINOP_RDUNDER, heapRbinop],
  ['inplace', BINOP_IDUNDER, heapInplace],
  ['unary', UNARYOP_DUNDER, heapUnary],
  ['index', ['__index__'], heapIndex],
  ['int', ['__int__'], heapInt],
  ['float', ['__float__'], heapFloat],
  ['getattro', ['__getattribute__', '__getattr__'], heapGetattro],
  ['setattro', ['__setattr__', '__delattr__'], heapSetattro],
  ['descrGet', ['__get__'], heapDescrGet],
  ['descrSet', ['__set__', '__delete__'], heapDescrSet],
  ['init', ['__init__'], heapInit],
  ['new', ['__new__'], heapNew],
];

/** Fills every slot of a Python class from its MRO. */
export function fillHeapSlots(t: PyType): void {
  for (const [slot, names, generic] of SLOTS) {
    let value: unknown = undefined;
    for (const c of t.mro) {
      if (c.isHeapType) {
        if (names.some((n) => c.typeDict.has(n))) {
          value = generic;
          // `__hash__ = None` (or __eq__ without __hash__) makes instances unhashable.
          if (slot === 'hash' && c.typeDict.get('__hash__') === None) value = undefined;
          break;
        }
        if (slot === 'hash' && c.typeDict.has('__eq__')) { value = undefined; break; }
      } else {
        value = (c as any)[slot];
        break;
      }
    }
    (t as any)[slot] = value;
  }
}

/** After `C.__x__ = f` (or del): refresh C's slots and its subclasses'. */
export function updateSlotsAfterSet(t: PyType): void {
  if (t.isHeapType) fillHeapSlots(t);
  for (const s of t.subclasses) updateSlotsAfterSet(s);
}

function heapAlloc(cls: PyType): PyObject {
  const base = cls.solidBase;
  if (base === objectType) return new PyInstance(cls);
  const o = base.alloc !== undefined ? base.alloc(cls) : new PyObject(cls);
  if (o.dict === null) o.dict = new PyDict();
  return o;
}

/** type.__new__(meta, name, bases, ns): a new Python class. */
export function newClass(meta: PyType, name: string, bases: PyType[], ns: PyDict): PyType {
  if (bases.length === 0) bases = [objectType];
  for (const b of bases) {
    if (!b.isBaseType) throw newTypeError(`type '${b.name}' is not an acceptable base type`);
  }
  let solid = objectType;
  for (const b of bases) {
    const s = b.solidBase;
    if (s === objectType || s.isSubtypeOf(solid)) { if (solid === objectType) solid = s; continue; }
    if (!solid.isSubtypeOf(s)) throw newTypeError('multiple bases have instance lay-out conflict');
  }
  let t: PyType;
  try {
    t = new PyType(meta, name, bases);
  } catch (e) {
    if (e instanceof MroConflict) {
      throw newTypeError(`Cannot create a consistent method resolution order (MRO) for bases ${bases.map((b) => b.name).join(', ')}`);
    }
    throw e;
  }
  t.isHeapType = true;
  t.solidBase = solid;
  t.isSequence = bases.some((b) => b.isSequence);
  for (const [k, v] of ns.entries()) {
    if (typeof k !== 'string') continue;
    t.typeDict.set(k, v);
  }
  const mod = t.typeDict.get('__module__');
  t.module = typeof mod === 'string' ? mod : '__main__';
  const qn = t.typeDict.get('__qualname__');
  if (typeof qn === 'string') { t.qualname = qn; t.typeDict.delete('__qualname__'); }
  // Defining __eq__ without __hash__ makes instances unhashable, visibly (C.__hash__ is None).
  if (t.typeDict.has('__eq__') && !t.typeDict.has('__hash__')) t.typeDict.set('__hash__', None);
  t.slotNames = slotNamesOf(t);
  wrapImplicitMethods(t);
  fillHeapSlots(t);
  t.alloc = heapAlloc;
  initSubclass(t);
  return t;
}

/** Runs the nearest base's __init_subclass__ (a classmethod) for the new class. */
function initSubclass(t: PyType): void {
  for (let i = 1; i < t.mro.length; i++) {
    const f = t.mro[i].typeDict.get('__init_subclass__');
    if (f === undefined) continue;
    const get = typeOf(f).descrGet;
    call(get === undefined ? f : get(f, undefined, t), []);
    return;
  }
}

/** The union of __slots__ along the Python part of the MRO, or null when a class lacks them or allows __dict__. */
function slotNamesOf(t: PyType): Set<string> | null {
  const names = new Set<string>();
  for (const c of t.mro) {
    if (!c.isHeapType) continue;
    const slots = c.typeDict.get('__slots__');
    if (slots === undefined) return null;
    const items = typeof slots === 'string' ? [slots] : toArray(slots);
    for (const n of items) {
      if (typeof n !== 'string') throw newTypeError(`__slots__ items must be strings, not '${typeOf(n).name}'`);
      if (n === '__dict__') return null;
      names.add(n);
    }
  }
  return names;
}

/** __new__ is a staticmethod and __init_subclass__/__class_getitem__ are classmethods without decorators. */
function wrapImplicitMethods(t: PyType): void {
  const newFn = t.typeDict.get('__new__');
  if (newFn !== undefined && typeOf(newFn).isMethodDescriptor) t.typeDict.set('__new__', makeStatic(newFn));
  for (const name of ['__class_getitem__', '__init_subclass__']) {
    const f = t.typeDict.get(name);
    if (f !== undefined && typeOf(f).isMethodDescriptor) t.typeDict.set(name, makeClassMethod(f));
  }
}

let makeStatic: (f: PyValue) => PyValue = (f) => f;
let makeClassMethod: (f: PyValue) => PyValue = (f) => f;
/** property.ts provides the staticmethod/classmethod wrappers (it loads after this file). */
export function setImplicitWrappers(st: (f: PyValue) => PyValue, cm: (f: PyValue) => PyValue): void {
  makeStatic = st;
  makeClassMethod = cm;
}

/**
 * The class statement: `class name(*bases, metaclass=M, **kw): <body>` after the VM ran the body
 * into ns. Picks the most derived metaclass and calls it with (name, bases, ns).
 */
export function buildClass(name: string, bases: PyValue[], ns: PyDict, kwnames?: KwNames, kwvalues?: PyValue[]): PyValue {
  let meta: PyValue | undefined;
  const extraNames: string[] = [];
  const extraValues: PyValue[] = [];
  if (kwnames !== undefined) {
    for (let i = 0; i < kwnames.length; i++) {
      if (kwnames[i] === 'metaclass') meta = kwvalues![i];
      else { extraNames.push(kwnames[i]); extraValues.push(kwvalues![i]); }
    }
  }
  for (const b of bases) {
    if (!(b instanceof PyType)) throw newTypeError(`bases must be types`);
  }
  if (meta === undefined) meta = bases.length ? typeOf(bases[0]) : typeType;
  if (meta instanceof PyType) {
    let winner: PyType = meta;
    for (const b of bases) {
      const bm = typeOf(b);
      if (winner.isSubtypeOf(bm)) continue;
      if (bm.isSubtypeOf(winner)) { winner = bm; continue; }
      throw newTypeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
    }
    meta = winner;
  }
  return call(meta, [name, new PyTuple(bases), ns, ...extraValues], extraNames.length ? extraNames : undefined);
}

/** repr of a class: `<class '__main__.C'>`. */
export function typeRepr(t: PyType): string {
  return t.module === 'builtins' ? `<class '${t.qualname}'>` : `<class '${t.module}.${t.qualname}'>`;
}
