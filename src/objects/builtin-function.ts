// Native callables and descriptors: builtin functions (bound or not), method descriptors of
// native types, native classmethods, and getset descriptors (native properties). Calling
// convention of every native: fn(args, kwnames) where, for methods, args[0] is self.
import { KwNames, PyObject, PyType, PyValue, makeNativeType, typeOf } from './core';
import { newAttributeError, newTypeError } from './exceptions';

export type NativeFn = (args: PyValue[], kwnames: KwNames) => PyValue;

/**
 * Entries of a native taking exactly 0, 1, 2 or 3 positional arguments (self included), for
 * calls without keywords whose arguments need no binding beyond defaults (args.ts). null where
 * that count needs the signature's binding, which also raises the argument errors.
 */
export class DirectCalls {
  constructor(
    public c0: (() => PyValue) | null = null,
    public c1: ((a: PyValue) => PyValue) | null = null,
    public c2: ((a: PyValue, b: PyValue) => PyValue) | null = null,
    public c3: ((a: PyValue, b: PyValue, c: PyValue) => PyValue) | null = null,
  ) {}
}

export const NO_DIRECT = new DirectCalls();

export const builtinFunctionType = makeNativeType('builtin_function_or_method');
builtinFunctionType.isBaseType = false;

/** A native function, or a native method bound to self. */
export class PyBuiltinFunction extends PyObject {
  constructor(
    public name: string, public fn: NativeFn, public self: PyValue | null = null, public qualname = name,
    public direct = NO_DIRECT,
  ) {
    super(builtinFunctionType);
  }
}

builtinFunctionType.call = (f: PyBuiltinFunction, args, kwnames) => {
  if (f.self === null) return f.fn(args, kwnames);
  const full = new Array<PyValue>(args.length + 1);
  full[0] = f.self;
  for (let i = 0; i < args.length; i++) full[i + 1] = args[i];
  return f.fn(full, kwnames);
};
builtinFunctionType.repr = (f: PyBuiltinFunction) =>
  f.self === null ? `<built-in function ${f.name}>` : `<built-in method ${f.name} of ${typeOf(f.self).name} object>`;

export const methodDescriptorType = makeNativeType('method_descriptor');
methodDescriptorType.isBaseType = false;
methodDescriptorType.isMethodDescriptor = true;

/** A method in a native type's dict: binds to instances of owner (and its subclasses). */
export class PyMethodDescriptor extends PyObject {
  constructor(public name: string, public owner: PyType, public fn: NativeFn, public direct = NO_DIRECT) {
    super(methodDescriptorType);
  }
}

function checkSelf(d: PyMethodDescriptor, self: PyValue | undefined): void {
  if (self === undefined) throw newTypeError(`unbound method ${d.owner.name}.${d.name}() needs an argument`);
  const t = typeOf(self);
  if (t !== d.owner && !t.isSubtypeOf(d.owner)) {
    throw newTypeError(`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${t.name}' object`);
  }
}

methodDescriptorType.call = (d: PyMethodDescriptor, args, kwnames) => {
  checkSelf(d, args[0]);
  return d.fn(args, kwnames);
};
methodDescriptorType.descrGet = (d: PyMethodDescriptor, obj) => {
  if (obj === undefined) return d;
  checkSelf(d, obj);
  return new PyBuiltinFunction(d.name, d.fn, obj, `${d.owner.name}.${d.name}`, d.direct);
};
methodDescriptorType.repr = (d: PyMethodDescriptor) => `<method '${d.name}' of '${d.owner.name}' objects>`;

export const classMethodDescriptorType = makeNativeType('classmethod_descriptor');
classMethodDescriptorType.isBaseType = false;

/** A native classmethod (dict.fromkeys, int.from_bytes): args[0] is the class. */
export class PyClassMethodDescriptor extends PyObject {
  constructor(public name: string, public owner: PyType, public fn: NativeFn) {
    super(classMethodDescriptorType);
  }
}
classMethodDescriptorType.descrGet = (d: PyClassMethodDescriptor, obj, type) =>
  new PyBuiltinFunction(d.name, d.fn, obj === undefined ? type : typeOf(obj), `${d.owner.name}.${d.name}`);
classMethodDescriptorType.repr = (d: PyClassMethodDescriptor) => `<method '${d.name}' of '${d.owner.name}' objects>`;

export const getSetDescriptorType = makeNativeType('getset_descriptor');
getSetDescriptorType.isBaseType = false;

/** A native attribute computed by get/set functions; always a data descriptor. */
export class PyGetSetDescriptor extends PyObject {
  constructor(
    public name: string,
    public owner: PyType,
    public get: (self: any) => PyValue,
    public set: ((self: any, value: PyValue) => void) | null = null,
    public del: ((self: any) => void) | null = null,
  ) {
    super(getSetDescriptorType);
  }
}

getSetDescriptorType.descrGet = (d: PyGetSetDescriptor, obj) => {
  if (obj === undefined) return d;
  return d.get(obj);
};
getSetDescriptorType.descrSet = (d: PyGetSetDescriptor, obj, value) => {
  if (value === undefined) {
    if (d.del !== null) { d.del(obj); return; }
    if (d.set === null) throw newAttributeError(`attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
    throw newTypeError(`cannot delete attribute '${d.name}'`);
  }
  if (d.set === null) throw newAttributeError(`attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
  d.set(obj, value);
};
getSetDescriptorType.repr = (d: PyGetSetDescriptor) => `<attribute '${d.name}' of '${d.owner.name}' objects>`;

// What introspecting code reads of a native (f.__name__ in a log line, m.__self__ of a bound one).
// A module function's __self__ would be its module, which a native does not keep: it has none.
function nativeAttr<T>(type: PyType, name: string, get: (self: T) => PyValue): void {
  type.typeDict.set(name, new PyGetSetDescriptor(name, type, get));
}
nativeAttr(builtinFunctionType, '__name__', (f: PyBuiltinFunction) => f.name);
nativeAttr(builtinFunctionType, '__qualname__', (f: PyBuiltinFunction) => f.qualname);
nativeAttr(builtinFunctionType, '__self__', (f: PyBuiltinFunction) => {
  if (f.self === null) throw newAttributeError("'builtin_function_or_method' object has no attribute '__self__'");
  return f.self;
});
nativeAttr(methodDescriptorType, '__name__', (d: PyMethodDescriptor) => d.name);
nativeAttr(methodDescriptorType, '__qualname__', (d: PyMethodDescriptor) => `${d.owner.name}.${d.name}`);
nativeAttr(methodDescriptorType, '__objclass__', (d: PyMethodDescriptor) => d.owner);

/*
 * Calls of a native by positional argument count, skipping the argument array and the signature's
 * binding (the VM's CALL and the compiled tier's call1..call3). Each returns undefined when `f`
 * is not a native with a direct entry for that count; the caller then takes the general path,
 * which raises whatever error the call deserves. An unbound method descriptor checks its self
 * here as its call slot does; a bound builtin method was checked when it was bound.
 */

export function callNative0(f: PyValue): PyValue | undefined {
  if (f instanceof PyBuiltinFunction) {
    if (f.self === null) { const c = f.direct.c0; return c === null ? undefined : c(); }
    const c = f.direct.c1;
    return c === null ? undefined : c(f.self);
  }
  return undefined;
}

export function callNative1(f: PyValue, x: PyValue): PyValue | undefined {
  if (f instanceof PyMethodDescriptor) {
    const c = f.direct.c1;
    if (c === null) return undefined;
    checkSelf(f, x);
    return c(x);
  }
  if (f instanceof PyBuiltinFunction) {
    if (f.self === null) { const c = f.direct.c1; return c === null ? undefined : c(x); }
    const c = f.direct.c2;
    return c === null ? undefined : c(f.self, x);
  }
  if (f instanceof PyType) {
    const c = f.construct === null ? null : f.construct.c1;
    return c === null ? undefined : c(x);
  }
  return undefined;
}

export function callNative2(f: PyValue, x: PyValue, y: PyValue): PyValue | undefined {
  if (f instanceof PyMethodDescriptor) {
    const c = f.direct.c2;
    if (c === null) return undefined;
    checkSelf(f, x);
    return c(x, y);
  }
  if (f instanceof PyBuiltinFunction) {
    if (f.self === null) { const c = f.direct.c2; return c === null ? undefined : c(x, y); }
    const c = f.direct.c3;
    return c === null ? undefined : c(f.self, x, y);
  }
  if (f instanceof PyType) {
    const c = f.construct === null ? null : f.construct.c2;
    return c === null ? undefined : c(x, y);
  }
  return undefined;
}

export function callNative3(f: PyValue, x: PyValue, y: PyValue, z: PyValue): PyValue | undefined {
  if (f instanceof PyMethodDescriptor) {
    const c = f.direct.c3;
    if (c === null) return undefined;
    checkSelf(f, x);
    return c(x, y, z);
  }
  if (f instanceof PyBuiltinFunction && f.self === null) {
    const c = f.direct.c3;
    return c === null ? undefined : c(x, y, z);
  }
  if (f instanceof PyType) {
    const c = f.construct === null ? null : f.construct.c3;
    return c === null ? undefined : c(x, y, z);
  }
  return undefined;
}
