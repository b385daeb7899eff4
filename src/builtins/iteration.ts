// len, iter, next, sorted, min, max, sum, any, all.
import {
  BinOp, None, PyBuiltinFunction, PyFloat, PyList, PyValue, STOP, binaryOp, call, defineFunction,
  getIter, isTrue, iterNext, len, lessThan, stopIterationFor, newTypeError, newValueError, sortItems, toArray, typeOf,
  isCallable,
} from '../objects';
import { PyCallableIterator } from '../objects/iterators';
import { shortcutTargets } from '../vm/jit/specialized-calls';

function minmax(name: 'min' | 'max', args: PyValue[], key: PyValue, dflt: PyValue | undefined): PyValue {
  let items: PyValue[] | null = null;
  let it: PyValue | null = null;
  if (args.length === 0) throw newTypeError(`${name} expected at least 1 argument, got 0`);
  if (args.length === 1) it = getIter(args[0]);
  else {
    if (dflt !== undefined) throw newTypeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  let best: PyValue | undefined, bestKey: PyValue | undefined;
  let i = 0;
  for (;;) {
    let x: PyValue | typeof STOP;
    if (items !== null) x = i < items.length ? items[i++] : STOP;
    else x = iterNext(it!);
    if (x === STOP) break;
    const k = key === None ? x : call(key, [x]);
    if (best === undefined || (name === 'min' ? lessThan(k, bestKey!) : lessThan(bestKey!, k))) { best = x; bestKey = k; }
  }
  if (best === undefined) {
    if (dflt !== undefined) return dflt;
    throw newValueError(`${name}() arg is an empty sequence`);
  }
  return best;
}

// One object shared by every runtime: compiled code recognises a call of it by identity.
const lenBuiltin = defineFunction('len(obj, /)', (o) => len(o));
shortcutTargets.len = lenBuiltin;

export function iterationBuiltins(): PyBuiltinFunction[] {
  return [
    lenBuiltin,
    defineFunction('iter(obj, sentinel=?, /)', (o, sentinel) => {
      if (sentinel === undefined) return getIter(o);
      if (!isCallable(o)) throw newTypeError('iter(v, w): v must be callable');
      return new PyCallableIterator(o, sentinel);
    }),
    defineFunction('next(iterator, default=?, /)', (it, dflt) => {
      if (typeOf(it).next === undefined) throw newTypeError(`'${typeOf(it).name}' object is not an iterator`);
      const x = iterNext(it);
      if (x !== STOP) return x;
      if (dflt !== undefined) return dflt;
      throw stopIterationFor(it);
    }),
    defineFunction('sorted(iterable, /, *, key=None, reverse=False)', (it, key, reverse) => {
      const items = toArray(it);
      sortItems(items, key, isTrue(reverse));
      return new PyList(items);
    }),
    defineFunction('min(*args, key=None, default=?)', (args: PyValue[], key, dflt) => minmax('min', args, key, dflt)),
    defineFunction('max(*args, key=None, default=?)', (args: PyValue[], key, dflt) => minmax('max', args, key, dflt)),
    defineFunction('sum(iterable, /, start=0)', (iterable, start) => {
      if (typeof start === 'string') throw newTypeError("sum() can't sum strings [use ''.join(seq) instead]");
      let acc = start;
      const it = getIter(iterable);
      for (let x = iterNext(it); x !== STOP; x = iterNext(it)) {
        if (typeof acc === 'number' && typeof x === 'number') {
          const r = acc + x;
          if (Number.isSafeInteger(r)) { acc = r; continue; }
        }
        if (acc instanceof PyFloat && x instanceof PyFloat) { acc = new PyFloat(acc.value + x.value); continue; }
        acc = binaryOp(BinOp.ADD, acc, x);
      }
      return acc;
    }),
    defineFunction('any(iterable, /)', (iterable) => {
      const it = getIter(iterable);
      for (let x = iterNext(it); x !== STOP; x = iterNext(it)) if (isTrue(x)) return true;
      return false;
    }),
    defineFunction('all(iterable, /)', (iterable) => {
      const it = getIter(iterable);
      for (let x = iterNext(it); x !== STOP; x = iterNext(it)) if (!isTrue(x)) return false;
      return true;
    }),
  ];
}
