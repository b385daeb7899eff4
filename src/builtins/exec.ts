// exec(), eval(), compile() and __import__(): the builtins that hand source text back to the
// compiler and the VM. Namespaces default to the calling frame's (vm/run.ts).
import { None, PyValue, typeName } from '../objects/core';
import { newTypeError, newValueError } from '../objects/exceptions';
import { PyDict } from '../objects/dict';
import { PyCode } from '../objects/code';
import { PyBuiltinFunction } from '../objects/builtin-function';
import { defineFunction } from '../objects/args';
import { bytesLike } from '../objects/bytes';
import { CompileMode } from '../compiler/compile';
import { CodeObject } from '../bytecode/code-object';
import { compileSource } from '../vm/compile-source';
import { runCode } from '../vm/interpreter';
import { vm } from '../vm/state';
import { currentGlobals, currentLocals } from '../vm/run';
import { importName } from '../vm/import';

function sourceText(v: PyValue, what: string): string {
  if (typeof v === 'string') return v;
  const b = bytesLike(v);
  if (b !== undefined) return new TextDecoder().decode(b);
  throw newTypeError(`${what}() arg 1 must be a string, bytes or code object`);
}

function namespaces(globals: PyValue, locals: PyValue, what: string): [PyDict, PyDict] {
  if (globals !== None && !(globals instanceof PyDict)) throw newTypeError(`${what}() globals must be a dict, not ${typeName(globals)}`);
  if (locals !== None && !(locals instanceof PyDict)) throw newTypeError(`${what}() locals must be a mapping`);
  if (globals === None) {
    const g = currentGlobals() ?? new PyDict();
    const l = locals !== None ? locals as PyDict : currentLocals() ?? g;
    return [g, l];
  }
  return [globals as PyDict, locals === None ? globals as PyDict : locals as PyDict];
}

function run(source: PyValue, globals: PyValue, locals: PyValue, mode: CompileMode, what: string): PyValue {
  const [g, l] = namespaces(globals, locals, what);
  let code: CodeObject;
  if (source instanceof PyCode) code = source.code;
  else {
    let text = sourceText(source, what);
    if (mode === 'eval') text = text.replace(/^[ \t]+/, '');
    code = compileSource(text, '<string>', mode);
  }
  return runCode(code, g, l, vm.builtins);
}

export const execFunction: PyBuiltinFunction = defineFunction(
  'exec(source, globals=None, locals=None, /)',
  (source: PyValue, globals: PyValue, locals: PyValue) => { run(source, globals, locals, 'exec', 'exec'); return None; },
);

export const evalFunction: PyBuiltinFunction = defineFunction(
  'eval(source, globals=None, locals=None, /)',
  (source: PyValue, globals: PyValue, locals: PyValue) => run(source, globals, locals, 'eval', 'eval'),
);

export const compileFunction: PyBuiltinFunction = defineFunction(
  'compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)',
  (source: PyValue, filename: PyValue, mode: PyValue) => {
    if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') throw newValueError("compile() mode must be 'exec', 'eval' or 'single'");
    if (source instanceof PyCode) return source;
    return new PyCode(compileSource(sourceText(source, 'compile'), String(filename), mode));
  },
);

export const importFunction: PyBuiltinFunction = defineFunction(
  '__import__(name, globals=None, locals=None, fromlist=None, level=0)',
  (name: PyValue, globals: PyValue, _locals: PyValue, fromlist: PyValue, level: PyValue) => {
    if (typeof name !== 'string') throw newTypeError('__import__() argument 1 must be str');
    const g = globals instanceof PyDict ? globals : currentGlobals() ?? new PyDict();
    return importName(name, g, fromlist, typeof level === 'number' ? level : 0);
  },
);

/** The entries the builtins module takes from the VM (BuiltinsEnv.extra). */
export function vmBuiltins(): Record<string, PyValue> {
  return { exec: execFunction, eval: evalFunction, compile: compileFunction, __import__: importFunction };
}
