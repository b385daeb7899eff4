// code: the Python face of a compiled CodeObject (f.__code__, compile(), exec/eval of code).
import { finishNativeType } from './native-class';
import { PyObject, PyValue, makeNativeType } from './core';
import { CodeObject } from '../bytecode/code-object';
import { PyGetSetDescriptor } from './builtin-function';
import { newTuple } from './tuple';

export const codeType = makeNativeType('code');
codeType.isBaseType = false;

export class PyCode extends PyObject {
  constructor(public code: CodeObject) { super(codeType); }
}

codeType.repr = (c: PyCode) => `<code object ${c.code.name}, file "${c.code.filename}", line ${c.code.firstLineNo}>`;

function attr(name: string, get: (c: CodeObject) => PyValue): void {
  codeType.typeDict.set(name, new PyGetSetDescriptor(name, codeType, (c: PyCode) => get(c.code)));
}
attr('co_name', (c) => c.name);
attr('co_qualname', (c) => c.qualname);
attr('co_filename', (c) => c.filename);
attr('co_firstlineno', (c) => c.firstLineNo);
attr('co_argcount', (c) => c.argcount);
attr('co_posonlyargcount', (c) => c.posonlyargcount);
attr('co_kwonlyargcount', (c) => c.kwonlyargcount);
attr('co_nlocals', (c) => c.nlocals);
attr('co_flags', (c) => c.flags & 0xffff);
attr('co_varnames', (c) => newTuple(c.varnames));
attr('co_cellvars', (c) => newTuple(c.cellvars));
attr('co_freevars', (c) => newTuple(c.freevars));
attr('co_names', (c) => newTuple(c.names));

finishNativeType(codeType);
