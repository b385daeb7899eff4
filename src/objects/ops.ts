// The abstract object protocol (CPython's abstract.c in spirit): calls, operators with reflected
// operands and NotImplemented, comparisons, truth, repr/str/hash, items, iteration, len,
// isinstance. Natives and the VM call these; types plug in through PyType slots.
import {
  BINOP_DUNDER, BINOP_IDUNDER, BINOP_RDUNDER, BinOp, CMPOP_DUNDER, CMPOP_SWAPPED, CmpOp, KwNames, NotImplemented, None, PyObject,
  PyFloat, PyType, PyValue, STOP, UNARYOP_DUNDER, UnaryOp, floatType, typeOf,
} from './core';
import { StopIteration, newException, newTypeError } from './exceptions';
import { addressOf } from './identity';
import { intBinop, intCompare, intUnary } from './int';
import { floatBinop } from './float';
import { strCompare, strRepr, strLen } from './str';
import { makeSeqIterator } from './iterators';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { getAttr, lookupMethod } from './attr';
import * as W from './wording';

/** f(*args, **kw): kwnames names the trailing args. */
export function call(f: PyValue, args: PyValue[], kwnames?: KwNames): PyValue {
  const t = typeOf(f);
  const c = t.call;
  if (c === undefined) throw newTypeError(`'${t.name}' object is not callable`);
  return c(f, args, kwnames !== undefined && kwnames.length === 0 ? undefined : kwnames);
}

/** obj.name(*args) without allocating a bound method when possible. */
export function callMethod(obj: PyValue, name: string, args: PyValue[], kwnames?: KwNames): PyValue {
  const m = lookupMethod(obj, name);
  if (m !== undefined) {
    const full = new Array<PyValue>(args.length + 1);
    full[0] = obj;
    for (let i = 0; i < args.length; i++) full[i + 1] = args[i];
    return call(m, full, kwnames);
  }
  return call(getAttr(obj, name), args, kwnames);
}

export function isCallable(v: PyValue): boolean {
  return typeOf(v).call !== undefined;
}

// ---- operators ----

/** CPython tries a right operand first when its type is a subclass that overrides the reflected method. */
function reflectedFirst(op: BinOp, ta: PyType, tb: PyType): boolean {
  if (ta === tb || tb.rbinop === undefined || !tb.isSubtypeOf(ta)) return false;
  if (tb.rbinop !== ta.rbinop) return true;
  // Python classes share one slot function: the subclass goes first only if it overrides this
  // reflected method (a subclass that inherits __rsub__ lets a's __sub__ answer first).
  return tb.isHeapType && tb.lookup(BINOP_RDUNDER[op]) !== ta.lookup(BINOP_RDUNDER[op]);
}

/** a OP b with CPython's order: a right operand of a subclass type first, then a, then b reflected. */
export function binaryOp(op: BinOp, a: PyValue, b: PyValue): PyValue {
  if (isPlainInt(a) && isPlainInt(b)) return intBinop(op, a, b);
  if (op === BinOp.ADD && typeof a === 'string' && typeof b === 'string') return a + b;
  if (a instanceof PyFloat && b instanceof PyFloat && a.cls === floatType && b.cls === floatType) {
    const r = floatBinop(op, a.value, b.value);
    if (r !== NotImplemented) return r;
  }
  const r = tryBinary(op, a, b);
  if (r !== NotImplemented) return r;
  throw binaryTypeError(op, a, b, false);
}

/** An int that is no bool or subclass instance: big ints skip the slot lookup too. */
function isPlainInt(v: PyValue): v is number | bigint {
  return typeof v === 'number' || typeof v === 'bigint';
}

function tryBinary(op: BinOp, a: PyValue, b: PyValue): PyValue {
  const ta = typeOf(a), tb = typeOf(b);
  if (reflectedFirst(op, ta, tb)) {
    const r = tb.rbinop!(op, b, a);
    if (r !== NotImplemented) return r;
    if (ta.binop !== undefined) return ta.binop(op, a, b);
    return NotImplemented;
  }
  if (ta.binop !== undefined) {
    const r = ta.binop(op, a, b);
    if (r !== NotImplemented) return r;
  }
  if (tb.rbinop !== undefined && ta !== tb) return tb.rbinop(op, b, a);
  return NotImplemented;
}

function binaryTypeError(op: BinOp, a: PyValue, b: PyValue, inplace: boolean): PyObject {
  const ta = typeOf(a), tb = typeOf(b);
  if (op === BinOp.ADD && typeof a === 'string') return newTypeError(W.cantConvertToStr(tb.name));
  return newTypeError(W.unsupportedTypes((inplace ? BINOP_IDUNDER : BINOP_DUNDER)[op], ta.name, tb.name));
}

/** a OP= b: __iop__ first, then the binary operator. */
export function inplaceOp(op: BinOp, a: PyValue, b: PyValue): PyValue {
  if (isPlainInt(a) && isPlainInt(b)) return intBinop(op, a, b);
  if (op === BinOp.ADD && typeof a === 'string' && typeof b === 'string') return a + b;
  if (a instanceof PyFloat && b instanceof PyFloat && a.cls === floatType && b.cls === floatType) {
    const r = floatBinop(op, a.value, b.value);
    if (r !== NotImplemented) return r;
  }
  const ta = typeOf(a);
  if (ta.inplace !== undefined) {
    const r = ta.inplace(op, a, b);
    if (r !== NotImplemented) return r;
  }
  const r = tryBinary(op, a, b);
  if (r !== NotImplemented) return r;
  throw binaryTypeError(op, a, b, true);
}

export function unaryOp(op: UnaryOp, a: PyValue): PyValue {
  if (typeof a === 'number' || typeof a === 'bigint' || typeof a === 'boolean') return intUnary(op, a);
  const t = typeOf(a);
  if (t.unary !== undefined) {
    const r = t.unary(op, a);
    if (r !== NotImplemented) return r;
  }
  throw newTypeError(W.unsupportedType(UNARYOP_DUNDER[op], t.name));
}

// ---- comparison ----

/** a OP b for the six rich comparisons; returns whatever the dunder returned. */
export function compare(op: CmpOp, a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number') return intCompare(op, a, b);
  if (typeof a === 'string' && typeof b === 'string') return strCompare(op, a, b);
  if (a instanceof PyFloat && b instanceof PyFloat && a.cls === floatType && b.cls === floatType) return numCompare(op, a.value, b.value);
  const ta = typeOf(a), tb = typeOf(b);
  let checkedReflected = false;
  if (ta !== tb && tb.richcompare !== undefined && tb.isSubtypeOf(ta)) {
    checkedReflected = true;
    const r = tb.richcompare(b, a, CMPOP_SWAPPED[op]);
    if (r !== NotImplemented) return r;
  }
  if (ta.richcompare !== undefined) {
    const r = ta.richcompare(a, b, op);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReflected && tb.richcompare !== undefined) {
    const r = tb.richcompare(b, a, CMPOP_SWAPPED[op]);
    if (r !== NotImplemented) return r;
  }
  if (op === CmpOp.EQ) return a === b;
  if (op === CmpOp.NE) return a !== b;
  throw newTypeError(W.unsupportedTypes(CMPOP_DUNDER[op], ta.name, tb.name));
}

function numCompare(op: CmpOp, a: number, b: number): boolean {
  switch (op) {
    case CmpOp.LT: return a < b;
    case CmpOp.LE: return a <= b;
    case CmpOp.EQ: return a === b;
    case CmpOp.NE: return a !== b;
    case CmpOp.GT: return a > b;
    case CmpOp.GE: return a >= b;
  }
}

/** Equality as containers use it (PyObject_RichCompareBool): identity first, then ==. */
export function eq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta === 'string' || ta === 'number') {
    if (typeof b === ta) return false;
  }
  return isTrue(compare(CmpOp.EQ, a, b));
}

/** a < b as sorted() and min/max use it. */
export function lessThan(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  return isTrue(compare(CmpOp.LT, a, b));
}

// ---- truth, repr, str, hash ----

export function isTrue(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean': return v;
    case 'number': return v !== 0;
    case 'string': return v.length !== 0;
    case 'bigint': return true;
    default: {
      if (v === None) return false;
      const t = v.cls;
      if (t.bool !== undefined) return t.bool(v);
      if (t.len !== undefined) return t.len(v) !== 0;
      return true;
    }
  }
}

export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'string': return strRepr(v);
    case 'number': return String(v);
    case 'bigint': return v.toString();
    case 'boolean': return v ? 'True' : 'False';
    default: {
      const r = v.cls.repr;
      return r !== undefined ? r(v) : defaultRepr(v);
    }
  }
}

/** `<__main__.C object at 0x7f0000001000>` */
export function defaultRepr(v: PyObject): string {
  const t = v.cls;
  const mod = t.module === 'builtins' ? '' : t.module + '.';
  return `<${mod}${t.qualname} object at ${addressOf(v)}>`;
}

export function str(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'object') {
    const s = v.cls.str;
    if (s !== undefined) return s(v);
  }
  return repr(v);
}

/** hash(v) as a JS number (an exact Python int for ints below 2**53). */
export function hash(v: PyValue): number {
  const t = typeOf(v);
  const h = t.hash;
  if (h === undefined) throw newTypeError(`unhashable type: '${t.name}'`);
  return h(v);
}

// ---- items, length, containment ----

export function getItem(o: PyValue, key: PyValue): PyValue {
  const t = typeOf(o);
  if (t.getitem !== undefined) return t.getitem(o, key);
  if (o instanceof PyType) {
    const cg = o.lookup('__class_getitem__');
    if (cg !== undefined) return call(getAttr(o, '__class_getitem__'), [key]);
    throw newTypeError(`type '${o.name}' is not subscriptable`);
  }
  throw newTypeError(W.notSubscriptable(t.name));
}

export function setItem(o: PyValue, key: PyValue, value: PyValue): void {
  const t = typeOf(o);
  if (t.setitem === undefined) throw newTypeError(W.noItemAssignment(t.name));
  t.setitem(o, key, value);
}

export function delItem(o: PyValue, key: PyValue): void {
  const t = typeOf(o);
  if (t.delitem === undefined) throw newTypeError(W.noItemDeletion(t.name));
  t.delitem(o, key);
}

export function len(v: PyValue): number {
  if (typeof v === 'string') return strLen(v);
  const t = typeOf(v);
  if (t.len === undefined) throw newTypeError(`object of type '${t.name}' has no len()`);
  return t.len(v);
}

/** item in container */
export function contains(container: PyValue, item: PyValue): boolean {
  const t = typeOf(container);
  if (t.contains !== undefined) return t.contains(container, item);
  if (t.iter === undefined && t.getitem === undefined) {
    throw newTypeError(`argument of type '${t.name}' is not iterable`);
  }
  const it = getIter(container);
  for (let x = iterNext(it); x !== STOP; x = iterNext(it)) if (eq(x, item)) return true;
  return false;
}

// ---- iteration ----

export function getIter(v: PyValue): PyValue {
  const t = typeOf(v);
  if (t.iter !== undefined) {
    const it = t.iter(v);
    if (typeOf(it).next === undefined) throw newTypeError(`iter() returned non-iterator of type '${typeOf(it).name}'`);
    return it;
  }
  if (t.getitem !== undefined && t !== typeOf(None)) return makeSeqIterator(v);
  throw newTypeError(`'${t.name}' object is not iterable`);
}

/** The next item, or STOP when exhausted (no StopIteration on this path). */
export function iterNext(it: PyValue): PyValue | typeof STOP {
  const t = typeOf(it);
  const n = t.next;
  if (n === undefined) throw newTypeError(`'${t.name}' object is not an iterator`);
  return n(it);
}

/**
 * The StopIteration to raise when iterNext(it) returned STOP in a context that must raise
 * (next(), __next__): carries a generator's return value (V's generators keep it in returnValue).
 */
export function stopIterationFor(it: PyValue): PyObject {
  const rv = typeof it === 'object' ? (it as { returnValue?: PyValue }).returnValue : undefined;
  return rv === undefined || rv === None ? newException(StopIteration) : newException(StopIteration, rv);
}

/** Every item of an iterable as a JS array (fast for lists and tuples). */
export function toArray(v: PyValue): PyValue[] {
  if ((v instanceof PyList || v instanceof PyTuple) && !v.cls.isHeapType) return v.items.slice();
  const out: PyValue[] = [];
  const it = getIter(v);
  for (let x = iterNext(it); x !== STOP; x = iterNext(it)) out.push(x);
  return out;
}

// ---- type checks ----

export function isinstance(v: PyValue, t: PyType): boolean {
  const vt = typeOf(v);
  return vt === t || vt.isSubtypeOf(t);
}

export function issubclass(a: PyType, b: PyType): boolean {
  return a.isSubtypeOf(b);
}

/** operator.index(v): an exact int from an int, bool or __index__. */
export function index(v: PyValue): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const t = typeOf(v);
  if (t.index !== undefined) return t.index(v);
  throw newTypeError(`'${t.name}' object cannot be interpreted as an integer`);
}
