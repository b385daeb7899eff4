// function: a code object plus the globals, defaults and closure cells it was made with. Its
// call slot enters the VM (vm/interpreter.ts callFunction); as a method descriptor it binds to
// instances as a bound method, and the VM's LOAD_METHOD skips that allocation.
import { finishNativeType } from './native-class';
import { None, type PyObjectDict, PyType, PyValue, makeNativeType } from './core';
import { CodeObject } from '../bytecode/code-object';
import { PyCell } from './cell';
import type { PyDict } from './dict';
import type { Frame } from '../vm/frame';
import { PyMethod } from './method';
import { PyCode } from './code';
import { PyGetSetDescriptor } from './builtin-function';
import { newTuple } from './tuple';
import { newDict, PyDict as Dict } from './dict';
import { newTypeError } from './exceptions';
import { callFunction } from '../vm/interpreter';

export const functionType = makeNativeType('function');
functionType.isBaseType = false;
functionType.isMethodDescriptor = true;

export class PyFunction {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  // Declared, not class fields: no per-construction initialiser (see vm/frame.ts).
  declare code: CodeObject;
  declare globals: PyDict;
  declare builtins: PyDict;
  declare closure: PyCell[] | null;
  declare name: string;
  declare qualname: string;
  declare doc: PyValue;
  declare module: PyValue;
  declare defaults: PyValue[] | null;
  /** Keyword-only defaults by name. */
  declare kwdefaults: Map<string, PyValue> | null;
  /** A frame of this function's last compiled run, ready for the next call (vm/jit/runtime.ts). */
  declare spare: Frame | null;

  constructor(code: CodeObject, globals: PyDict, builtins: PyDict, closure: PyCell[] | null) {
    this.cls = functionType;
    this.dict = null;
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.closure = closure;
    this.name = code.name;
    this.qualname = code.qualname;
    this.doc = code.docstring ?? None;
    this.module = globals.getStr('__name__') ?? None;
    this.defaults = null;
    this.kwdefaults = null;
    this.spare = null;
  }
}

functionType.call = (f: PyFunction, args, kwnames) => callFunction(f, args, kwnames);
functionType.descrGet = (f: PyFunction, obj) => (obj === undefined ? f : new PyMethod(f, obj));
functionType.repr = (f: PyFunction) => `<function ${f.qualname}>`;

function attr(name: string, get: (f: PyFunction) => PyValue, set: ((f: PyFunction, v: PyValue) => void) | null = null): void {
  functionType.typeDict.set(name, new PyGetSetDescriptor(name, functionType, get, set));
}

function instanceDict(f: PyFunction): Dict {
  if (f.dict === null) f.dict = newDict();
  return f.dict as Dict;
}

attr('__name__', (f) => f.name, (f, v) => {
  if (typeof v !== 'string') throw newTypeError('__name__ must be set to a string object');
  f.name = v;
});
attr('__qualname__', (f) => f.qualname, (f, v) => {
  if (typeof v !== 'string') throw newTypeError('__qualname__ must be set to a string object');
  f.qualname = v;
});
attr('__doc__', (f) => f.doc, (f, v) => { f.doc = v; });
attr('__module__', (f) => f.module, (f, v) => { f.module = v; });
attr('__code__', (f) => new PyCode(f.code));
attr('__globals__', (f) => f.globals);
attr('__defaults__', (f) => (f.defaults === null ? None : newTuple(f.defaults)));
attr('__kwdefaults__', (f) => (f.kwdefaults === null ? None : newDict([...f.kwdefaults])));
attr('__closure__', (f) => (f.closure === null ? None : newTuple(f.closure)));
attr('__dict__', (f) => instanceDict(f));

// Functions take arbitrary attributes (f.calls = 0): their instance dict is made on first store.
functionType.setattro = (f: PyFunction, name: string, value: PyValue | undefined) => {
  const descr = functionType.typeDict.get(name);
  if (descr instanceof PyGetSetDescriptor) {
    (descr.cls as PyType).descrSet!(descr, f, value);
    return;
  }
  const d = instanceDict(f);
  if (value === undefined) d.deleteStr(name);
  else d.setStr(name, value);
};

finishNativeType(functionType);
