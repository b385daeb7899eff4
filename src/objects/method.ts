// Bound methods: a function with its self. V's function type binds through here (descrGet
// returns new PyMethod(func, self)); calling prepends self.
import { CmpOp, NotImplemented, type PyObjectDict, PyType, PyValue, makeNativeType, typeOf } from './core';
import { PyGetSetDescriptor } from './builtin-function';
import { call, repr, hash } from './ops';
import { getAttr, lookupAttr } from './attr';
import { identityHash } from './identity';

export const methodType = makeNativeType('method');
methodType.isBaseType = false;

export class PyMethod {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  declare func: PyValue;
  declare self: PyValue;
  constructor(func: PyValue, self: PyValue) {
    this.cls = methodType;
    this.dict = null;
    this.func = func;
    this.self = self;
  }
}

methodType.call = (m: PyMethod, args, kwnames) => {
  const full = new Array<PyValue>(args.length + 1);
  full[0] = m.self;
  for (let i = 0; i < args.length; i++) full[i + 1] = args[i];
  return call(m.func, full, kwnames);
};
methodType.repr = (m: PyMethod) => {
  const q = lookupAttr(m.func, '__qualname__') ?? lookupAttr(m.func, '__name__') ?? '?';
  return `<bound method ${String(q)} of ${repr(m.self)}>`;
};
methodType.richcompare = (a: PyMethod, b, op) => {
  if (!(b instanceof PyMethod) || (op !== CmpOp.EQ && op !== CmpOp.NE)) return NotImplemented;
  const same = a.func === b.func && a.self === b.self;
  return op === CmpOp.EQ ? same : !same;
};
methodType.hash = (m: PyMethod) => (hash(m.func) ^ (typeof m.self === 'object' ? identityHash(m.self) : hash(m.self))) | 0;
// Attributes other than __func__/__self__ come from the function (__name__, __doc__ …).
methodType.getattro = (m: PyMethod, name: string) => {
  const d = methodType.lookup(name);
  if (d !== undefined && typeOf(d).descrGet !== undefined) return typeOf(d).descrGet!(d, m, methodType);
  return lookupAttr(m.func, name);
};
methodType.typeDict.set('__func__', new PyGetSetDescriptor('__func__', methodType, (m: PyMethod) => m.func));
methodType.typeDict.set('__self__', new PyGetSetDescriptor('__self__', methodType, (m: PyMethod) => m.self));
methodType.typeDict.set('__name__', new PyGetSetDescriptor('__name__', methodType, (m: PyMethod) => getAttr(m.func, '__name__')));
