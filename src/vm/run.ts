// The VM's entry points for the runtime, the REPL and exec/eval: make a VM state, run the main
// program as __main__, execute source in given namespaces, and read the running frame
// (globals(), locals()).
//
//   const st = createVM({ builtins, modules, finder, hooks });
//   runMain(st, source, 'code.py')   // raises the uncaught Python exception; print it with
//                                    // formatException (vm/traceback.ts)

import { PyValue } from '../objects/core';
import { PyDict } from '../objects/dict';
import { PyModule } from '../objects/module';
import { CompileMode } from '../compiler/compile';
import { CodeObject } from '../bytecode/code-object';
import { VMState, VMHooks, enterRun, vm } from './state';
import { ModuleFinder } from './import';
import { compileSource } from './compile-source';
import { runCode } from './interpreter';
import { Frame } from './frame';

export interface VMOptions {
  builtins: PyDict;
  /** sys.modules; a fresh dict when omitted. */
  modules?: PyDict;
  finder: ModuleFinder;
  hooks?: VMHooks;
  recursionLimit?: number;
}

export function createVM(o: VMOptions): VMState {
  const st = new VMState(o.builtins, o.modules ?? new PyDict(), o.finder, o.hooks);
  if (o.recursionLimit !== undefined) st.recursionLimit = o.recursionLimit;
  return st;
}

/**
 * Runs f with st as the running VM (re-entrant: restores the previous one). When there was none,
 * st stays current afterwards, so that printing an uncaught exception (which may call its
 * Python __str__) still has a VM to run in.
 */
export function withVM<T>(st: VMState, f: () => T): T {
  const prev = enterRun(st);
  const depth = st.depth;
  const frame = st.frame;
  try {
    return f();
  } finally {
    st.depth = depth;
    st.frame = frame;
    enterRun(prev === null ? st : prev);
  }
}

/** Compiles and runs the main program as module __main__; returns its module. */
export function runMain(st: VMState, source: string, filename: string): PyModule {
  return withVM(st, () => {
    const m = new PyModule('__main__');
    m.dict.setStr('__file__', filename);
    st.modules.setStr('__main__', m);
    const code = compileSource(source, filename, 'exec');
    runCode(code, m.dict, m.dict, st.builtins);
    return m;
  });
}

/** exec/eval/single-mode source or code in the given namespaces; returns the value (eval) or None. */
export function execSource(st: VMState, source: string | CodeObject, filename: string, mode: CompileMode, globals: PyDict, locals: PyDict = globals): PyValue {
  return withVM(st, () => {
    const code = typeof source === 'string' ? compileSource(source, filename, mode) : source;
    return runCode(code, globals, locals, st.builtins);
  });
}

/** The frame of the Python code that called the running native function, if any. */
export function callerFrame(): Frame | null {
  return vm === null ? null : vm.frame;
}

/** globals() of the running Python code. */
export function currentGlobals(): PyDict | null {
  const f = callerFrame();
  return f === null ? null : f.globals;
}

/** locals() of the running Python code: its namespace dict, or a snapshot of a function's variables. */
export function currentLocals(): PyDict | null {
  const f = callerFrame();
  if (f === null) return null;
  if (f.localsDict !== null) return f.localsDict;
  const d = new PyDict();
  const code = f.code;
  code.varnames.forEach((n, i) => { const v = f.values[i]; if (v !== undefined) d.setStr(n, v); });
  const cellNames = [...code.cellvars, ...code.freevars];
  cellNames.forEach((n, i) => { const v = f.cells[i]?.value; if (v !== undefined) d.setStr(n, v); });
  return d;
}
