// isinstance, issubclass, hasattr, getattr, setattr, delattr, callable, dir, vars, globals, locals, const.
import {
  None, PyBuiltinFunction, PyDict, PyList, PyTuple, PyType, PyValue, callMethod, defineFunction, delAttr, dirOf,
  getAttr, isCallable, lookupAttr, newTypeError, setAttr, typeOf, isTrue, call,
  asStr,
} from '../objects';
import { BuiltinsEnv } from './env';
import { shortcutTargets } from '../vm/jit/specialized-calls';

function classInfoCheck(v: PyValue, info: PyValue, sub: boolean): boolean {
  if (info instanceof PyTuple) return info.items.some((t) => classInfoCheck(v, t, sub));
  if (!(info instanceof PyType)) {
    throw newTypeError(`${sub ? 'issubclass' : 'isinstance'}() arg 2 must be a type, a tuple of types, or a union`);
  }
  // An instance of exactly that class is one whatever __instancecheck__ says, as in CPython.
  if (!sub && typeOf(v) === info) return true;
  const meta = typeOf(info);
  // Only a metaclass written in Python can define the hook; for `type` there is nothing to look up.
  if (meta.isHeapType) {
    const name = sub ? '__subclasscheck__' : '__instancecheck__';
    const hook = meta.lookup(name);
    if (hook !== undefined && meta.lookupOwner(name)!.isHeapType) return isTrue(call(hook, [info, v]));
  }
  if (sub) return (v as PyType).isSubtypeOf(info);
  const t = typeOf(v);
  return t === info || t.isSubtypeOf(info);
}

function attrName(v: PyValue): string {
  const s = asStr(v);
  if (s === undefined) throw newTypeError(`attribute name must be string, not '${typeOf(v).name}'`);
  return s;
}

// One object shared by every runtime: compiled code recognises a call of it by identity.
const isinstanceBuiltin = defineFunction('isinstance(obj, class_or_tuple, /)', (o, c) => classInfoCheck(o, c, false));
shortcutTargets.isinstance = isinstanceBuiltin;

export function introspectionBuiltins(env: BuiltinsEnv): PyBuiltinFunction[] {
  return [
    isinstanceBuiltin,
    defineFunction('issubclass(cls, class_or_tuple, /)', (o, c) => {
      if (!(o instanceof PyType)) throw newTypeError('issubclass() arg 1 must be a class');
      return classInfoCheck(o, c, true);
    }),
    defineFunction('hasattr(obj, name, /)', (o, n) => lookupAttr(o, attrName(n)) !== undefined),
    defineFunction('getattr(object, name, default=?, /)', (o, n, d) => {
      const name = attrName(n);
      if (d === undefined) return getAttr(o, name);
      // lookupAttr: a missing attribute of a plain object costs no JS throw to find out.
      const v = lookupAttr(o, name);
      return v === undefined ? d : v;
    }),
    defineFunction('setattr(obj, name, value, /)', (o, n, v) => { setAttr(o, attrName(n), v); }),
    defineFunction('delattr(obj, name, /)', (o, n) => { delAttr(o, attrName(n)); }),
    defineFunction('callable(obj, /)', (o) => isCallable(o)),
    defineFunction('dir(object=?, /)', (o) => {
      if (o === undefined) {
        const l = env.locals?.() ?? env.globals?.() ?? null;
        return new PyList(l === null ? [] : l.keys().filter((k) => typeof k === 'string').sort());
      }
      const custom = typeOf(o).lookup('__dir__');
      if (custom !== undefined && typeOf(o).lookupOwner('__dir__')!.isHeapType) {
        const items = callMethod(o, '__dir__', []);
        return call(sortedOf, [items]);
      }
      return new PyList(dirOf(o));
    }),
    defineFunction('vars(object=?, /)', (o) => {
      if (o === undefined) return env.locals?.() ?? None;
      const d = lookupAttr(o, '__dict__');
      if (d === undefined) throw newTypeError('vars() argument must have __dict__ attribute');
      return d;
    }),
    defineFunction('globals()', () => env.globals?.() ?? new PyDict()),
    defineFunction('locals()', () => env.locals?.() ?? new PyDict()),
    defineFunction('const(value, /)', (v) => v),
  ];
}

const sortedOf = defineFunction('sorted(iterable, /)', (it) => {
  const l = call(typeOfList, [it]) as PyList;
  callMethod(l, 'sort', []);
  return l;
});
const typeOfList = typeOf(new PyList([]));

