// Frames used again. A call of a Python function that runs compiled (vm/jit/) needs a Frame only
// as vm.frame and to carry the arguments in: compiled code keeps its locals and stack in JS
// variables and writes nothing back into a frame that cannot suspend, and nothing keeps a frame
// once its call returned (tracebacks record file, line and name). So each function keeps the
// frame of its last compiled run, and the next call takes it instead of allocating one: a frame
// and its values array were a quarter of the cost of a call to a small function.
import { PyFunction } from '../objects/function';
import { PyValue } from '../objects/core';
import { Frame } from './frame';

/** What a compiled function is called with for a fresh run (vm/jit/tier.ts). */
export type CompiledEntry = (f: Frame, entry: number) => unknown;

/**
 * A frame for a call of fn, which must be compiled and SIMPLE_ARGS (no cells: closures made in one
 * call must not share the next call's cells), and no generator: fn's spare frame when it has one
 * (a recursive call finds none and allocates).
 */
export function takeFrame(fn: PyFunction): Frame {
  const fr = fn.spare;
  if (fr === null) return new Frame(fn.code, fn.globals, fn.builtins, null, fn.closure);
  fn.spare = null;
  return fr;
}

/**
 * Runs fn's compiled code on a frame from takeFrame holding `nargs` arguments, then keeps the
 * frame (without the arguments, which it must not keep alive) for the next call. A run that
 * raised returns RAISED as usual; one that threw (KeyboardInterrupt, an internal error) simply
 * leaves no spare.
 */
export function runTaken(fn: PyFunction, fr: Frame, jit: CompiledEntry, nargs: number): PyValue {
  const r = jit(fr, -1) as PyValue;
  const values = fr.values;
  for (let i = 0; i < nargs; i++) values[i] = undefined;
  fn.spare = fr;
  return r;
}
