// Behaviour shared by list and tuple (and used by deque-like natives): repr with a recursion
// guard, lexicographic comparison, repetition counts, index/count/contains.
import { CmpOp, NotImplemented, PyObject, PyValue } from './core';
import { newValueError, newTypeError, newOverflowError } from './exceptions';
import { compare, eq, repr, index } from './ops';
import { asInt } from './int';
import { noteAllocation } from './board-mode';

// Containers being repr'd right now, so that `l.append(l)` prints `[[...]]`. Always empty
// between calls: repr never yields.
const reprActive = new Set<PyObject>();

/** repr of a container: `open + items + close`, or `placeholder` when it contains itself. */
export function reprItems(o: PyObject, items: PyValue[], open: string, close: string, placeholder: string): string {
  if (reprActive.has(o)) return placeholder;
  reprActive.add(o);
  try {
    let s = open;
    for (let i = 0; i < items.length; i++) {
      if (i > 0) s += ', ';
      s += repr(items[i]);
    }
    return s + close;
  } finally {
    reprActive.delete(o);
  }
}

/** Runs f with o marked as being repr'd (dict and set reprs), or returns placeholder. */
export function withReprGuard(o: PyObject, placeholder: string, f: () => string): string {
  if (reprActive.has(o)) return placeholder;
  reprActive.add(o);
  try { return f(); } finally { reprActive.delete(o); }
}

/** Lexicographic comparison of two item arrays, as list and tuple compare. */
export function compareItems(a: PyValue[], b: PyValue[], op: CmpOp): PyValue {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) if (!eq(a[i], b[i])) break;
  if (i >= n) {
    const la = a.length, lb = b.length;
    switch (op) {
      case CmpOp.LT: return la < lb;
      case CmpOp.LE: return la <= lb;
      case CmpOp.EQ: return la === lb;
      case CmpOp.NE: return la !== lb;
      case CmpOp.GT: return la > lb;
      case CmpOp.GE: return la >= lb;
    }
  }
  if (op === CmpOp.EQ) return false;
  if (op === CmpOp.NE) return true;
  return compare(op, a[i], b[i]);
}

/** The count for `seq * n`: NotImplemented for non-ints, 0 for negatives. */
export function repeatCount(n: PyValue, itemCount: number): number | typeof NotImplemented {
  const c = asInt(n);
  if (c === undefined) {
    if (typeof n === 'object' && n.cls.index !== undefined) return repeatCount(index(n), itemCount);
    return NotImplemented;
  }
  if (c <= 0) return 0;
  if (typeof c === 'bigint' || c * itemCount > 2 ** 32) {
    if (itemCount === 0) return 0;
    throw newOverflowError('cannot fit \'int\' into an index-sized integer');
  }
  return c;
}

export function repeatItems(items: PyValue[], n: number): PyValue[] {
  const len = items.length;
  noteAllocation(4 * len * n);
  const out = new Array<PyValue>(len * n);
  for (let k = 0, j = 0; k < n; k++) for (let i = 0; i < len; i++) out[j++] = items[i];
  return out;
}

export function containsItem(items: PyValue[], x: PyValue): boolean {
  for (let i = 0; i < items.length; i++) if (items[i] === x || eq(items[i], x)) return true;
  return false;
}

export function countItem(items: PyValue[], x: PyValue): number {
  let c = 0;
  for (let i = 0; i < items.length; i++) if (eq(items[i], x)) c++;
  return c;
}

/** seq.index(x, start, stop) with CPython's clamping of start/stop. */
export function indexOfItem(items: PyValue[], x: PyValue, start: PyValue | undefined, stop: PyValue | undefined, what: string): number {
  const len = items.length;
  let a = start === undefined ? 0 : clampIndex(start, len);
  const b = stop === undefined ? len : clampIndex(stop, len);
  for (; a < b && a < items.length; a++) if (eq(items[a], x)) return a;
  throw newValueError(what);
}

function clampIndex(v: PyValue, len: number): number {
  const i = asInt(v) ?? (typeof v === 'object' && v.cls.index !== undefined ? index(v) : undefined);
  if (i === undefined) throw newTypeError('slice indices must be integers or have an __index__ method');
  let n = Number(i);
  if (n < 0) { n += len; if (n < 0) n = 0; }
  return n > len ? len : n;
}
