// When code objects move to the second tier, and the JS function each becomes. A code object
// is compiled once it has been entered HOT_AFTER times (calls and backward jumps together), or
// on its first run with CPYGAME_JIT=eager; CPYGAME_JIT=off keeps everything in the interpreter.
// The translation runs once per code object; a code object that cannot be translated
// (generators, frame readers, analysis.ts) is marked so and never looked at again.

import { CodeObject, findHandler } from '../../bytecode/code-object';
import { lineForOffset } from '../../bytecode/line-table';
import { None, PyFloat, STOP, floatType, floatValue, intType, strType, typeOf, typeType } from '../../objects/core';
import { AssertionError, newRuntimeError } from '../../objects/exceptions';
import {
  contains, delItem, getIter, isTrue, iterNext, len, setItem, unaryOp,
} from '../../objects/ops';
import { delAttr } from '../../objects/attr';
import { PyList, listType } from '../../objects/list';
import { PyTuple, tupleType } from '../../objects/tuple';
import { bytearrayType } from '../../objects/bytes';
import { PySlice } from '../../objects/slice';
import { PyGenerator, generatorType } from '../../objects/generator';
import { listIteratorType, tupleIteratorType } from '../../objects/iterators';
import { rangeIterType } from '../../objects/range';
import { enumerateType } from '../../objects/builtin-iterators';
import { strIteratorType, strLen } from '../../objects/str';
import { vm } from '../state';
import { addTraceback } from '../traceback';
import {
  loadAttrCached, loadGlobalCached, loadMethodCached, loadSuperMethodCached, storeAttrCached,
} from '../inline-cache';
import { PySuper, superType } from '../../objects/super';
import { importName, importFrom, importStar } from '../import';
import { buildClassFunction } from '../build-class';
import { genSendFromSend, getAwaitable } from '../generator';
import { checkExcMatch, normalizeRaise } from '../raise';
import {
  beforeWith, buildMap, buildSet, callEx, dictUpdateChecked, formatValue, makeFunction, mergeKwargs,
  setUpdate, unpackEx, unpackItems, unpackSequence, withExceptStart,
} from '../cold-ops';
import {
  RAISED, asPyException, freeVarError, nameError, recursionError, tick, unboundLocal,
} from '../interpreter';
import { analyze, decode, declineReason } from './analysis';
import { translate } from './translate';
import { Untranslatable } from './operators';
import { shortcutTargets } from './specialized-calls';
import {
  UNBOXED, binarySlow, call0, call1, call2, call3, callArgs, compareSlow, intOfStr, loadName, printExpr, sliceOf, subscrSlow,
} from './runtime';

type Compiled = (frame: object, entry: number, thrown?: unknown) => unknown;

// Built on first use: interpreter.ts imports this module, so its constants (RAISED) are not yet
// initialised while this module's body runs.
const helpers = () => ({
  currentVM: () => vm,
  tick, recursionError, asPyException, addTraceback, lineForOffset, findHandler, RAISED,
  unboundLocal, nameError, freeVarError, newRuntimeError, None, STOP, AssertionError,
  PyFloat, floatType, floatValue, UNBOXED, PyList, listType, PyTuple, tupleType, bytearrayType, PySlice, PyGenerator, generatorType,
  rangeIterType, listIteratorType, tupleIteratorType, strIteratorType, enumerateType, LIST_APPEND: listType.lookup('append'),
  lenBuiltin: shortcutTargets.len, ordBuiltin: shortcutTargets.ord, chrBuiltin: shortcutTargets.chr,
  isinstanceBuiltin: shortcutTargets.isinstance, typeOf, typeType, PySuper,
  contains, delItem, getIter, isTrue, iterNext, len, setItem, unaryOp, delAttr,
  loadAttrCached, loadGlobalCached, loadMethodCached, loadSuperMethodCached, superType, storeAttrCached, importName, importFrom, importStar,
  buildClassFunction, checkExcMatch, normalizeRaise, genSendFromSend, getAwaitable,
  beforeWith, buildMap, buildSet, callEx, dictUpdateChecked, formatValue, makeFunction, mergeKwargs,
  setUpdate, unpackEx, unpackItems, unpackSequence, withExceptStart,
  binarySlow, call0, call1, call2, call3, callArgs, compareSlow, intOfStr, loadName, printExpr, sliceOf, subscrSlow,
  strLen, strType, intType,
});

let HELPERS: ReturnType<typeof helpers> | undefined;
let HELPER_NAMES = '';

export type JitMode = 'off' | 'auto' | 'eager';

/** Entries (calls plus backward jumps) before a code object is compiled in 'auto' mode. */
const HOT_AFTER = 200;

let mode: JitMode = 'auto';
let hotAfter = HOT_AFTER;

/** Sets when code is compiled from now on (code objects already decided keep their tier). */
export function setJitMode(m: JitMode): void {
  mode = m;
  hotAfter = m === 'eager' ? 1 : HOT_AFTER;
}

const fromEnv = typeof process === 'undefined' ? undefined : process.env.CPYGAME_JIT;
if (fromEnv === 'off' || fromEnv === 'eager') setJitMode(fromEnv);

/** Translates `code` to a JS function, or returns null when it must stay in the interpreter. */
export function compile(code: CodeObject): Compiled | null {
  const instrs = decode(code);
  if (declineReason(code, instrs) !== null) return null;
  let body: string;
  try {
    body = translate(code, analyze(code, instrs));
  } catch (e) {
    if (e instanceof Untranslatable) return null;
    throw e;
  }
  if (HELPERS === undefined) {
    HELPERS = helpers();
    HELPER_NAMES = Object.keys(HELPERS).join(', ');
  }
  const name = code.name.replace(/[^A-Za-z0-9_$]/g, '_');
  let factory: (h: ReturnType<typeof helpers>, code: CodeObject) => Compiled;
  try {
    factory = new Function('H', 'CODE', `const { ${HELPER_NAMES} } = H;
const K = CODE.consts, caches = CODE.caches;
return function py_${name}(f, entry, thrown) {${body}
};`) as typeof factory;
  } catch (e) {
    // A translation V8 rejects (a bug here, or a function past V8's size limits) only costs speed.
    if (e instanceof SyntaxError || e instanceof RangeError) return null;
    throw e;
  }
  return factory(HELPERS, code);
}

/**
 * Counts one entry of `code` (a call or a backward jump in the interpreter) and compiles it once
 * hot. Returns the compiled function, or undefined while the code stays interpreted.
 */
export function warmUp(code: CodeObject): Compiled | undefined {
  if (mode === 'off') {
    code.jit = null;
    return undefined;
  }
  if (++code.warmth < hotAfter) return undefined;
  const fn = compile(code);
  code.jit = fn;
  return fn ?? undefined;
}
