// The bytecode interpreter: one function, one switch. Entry points for the rest of the system
// are at the top: callFunction (the function type's call slot), execute (run a frame until it
// returns or yields) and runCode (module/exec/eval bodies). See vm/DESIGN.md.
//
// `code`, `ip`, `stack`, `sp` and `locals` live in JS locals; the frame only sees them when the
// frame suspends (yield) or an exception leaves it, which keeps the hot loop free of property
// writes. Exceptions are JS-thrown Python exception objects; the catch at the bottom looks the
// handler up in the code's exception table.

import { CodeFlags, CodeObject, findHandler } from '../bytecode/code-object';
import { lineForOffset } from '../bytecode/line-table';
import { Op, BINOP_INPLACE } from '../bytecode/opcodes';
import {
  BinOp, CmpOp, KwNames, None, PyFloat, PyType, PyValue, STOP, UnaryOp, floatType, objectType, typeOf, typeType,
} from '../objects/core';
import {
  AssertionError, KeyboardInterrupt, NameError, PyBaseException, StopAsyncIteration, newException,
  newRuntimeError, newTypeError, isExceptionOf, MemoryError,
} from '../objects/exceptions';
import {
  binaryOp, call, compare, contains, delItem, getItem, getIter, inplaceOp, isTrue, iterNext, repr,
  setItem, unaryOp, callMethod,
} from '../objects/ops';
import { delAttr } from '../objects/attr';
import { PyDict } from '../objects/dict';
import { PyList, listType } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { PySet } from '../objects/set';
import { PySlice } from '../objects/slice';
import { PyCell } from '../objects/cell';
import { PyFunction } from '../objects/function';
import { callNative0, callNative1, callNative2, callNative3 } from '../objects/builtin-function';
import { PyGenerator } from '../objects/generator';
import { Frame } from './frame';
import { runTaken, takeFrame } from './spare-frame';
import { bindArguments, fillPositionalDefaults, takesPositionally } from './call-args';
import { VMState, vm } from './state';
import { addTraceback } from './traceback';
import {
  loadAttrCached, loadGlobalCached, loadMethodCached, loadSuperMethodCached, storeAttrCached,
} from './inline-cache';
import { PySuper } from '../objects/super';
import { genSendFromSend, getAwaitable, makeGenerator } from './generator';
import { importName, importFrom, importStar } from './import';
import { buildClassFunction } from './build-class';
import { warmUp } from './jit/tier';
import { checkExcMatch, normalizeRaise } from './raise';
import {
  beforeWith, buildMap, buildSet, buildString, callEx, dictUpdateChecked, formatValue, makeFunction,
  mergeKwargs, setUpdate, unpackEx, unpackItems, unpackSequence, withExceptStart,
} from './cold-ops';

const EMPTY_ARGS: PyValue[] = [];
/** What execute returns when an exception leaves the frame (the exception is in vm.raised). */
export const RAISED = Symbol('RAISED') as unknown as PyValue;
const MAX_SAFE = 9007199254740991;

/** Calls a Python function (the `function` type's call slot). */
export function callFunction(f: PyFunction, args: PyValue[], kwnames: KwNames): PyValue {
  const code = f.code;
  const frame = new Frame(code, f.globals, f.builtins, null, f.closure);
  if ((code.flags & CodeFlags.SIMPLE_ARGS) !== 0 && kwnames === undefined && args.length === code.argcount) {
    const locals = frame.locals;
    for (let i = 0; i < args.length; i++) locals[i] = args[i];
  } else {
    bindArguments(f, frame.locals, args, kwnames);
    if (code.cell2arg.length) frame.initCellArgs();
  }
  if (code.flags & (CodeFlags.GENERATOR | CodeFlags.COROUTINE | CodeFlags.ASYNC_GENERATOR)) return makeGenerator(f, frame);
  return run(frame, undefined);
}

/**
 * A Python function called as f(self, *args) from a native slot (a dunder, a property): plain
 * parameters are filled in place, with no joined argument array.
 */
export function callFunctionWithSelf(f: PyFunction, self: PyValue, args: PyValue[]): PyValue {
  const code = f.code;
  const n = args.length;
  if ((code.flags & CALL_FAST_MASK) !== CodeFlags.SIMPLE_ARGS || code.argcount !== n + 1) {
    const full = new Array<PyValue>(n + 1);
    full[0] = self;
    for (let i = 0; i < n; i++) full[i + 1] = args[i];
    return callFunction(f, full, undefined);
  }
  const jit = code.jit;
  if (typeof jit === 'function' && vm.trace === undefined) {
    const frame = takeFrame(f);
    const values = frame.values;
    values[0] = self;
    for (let i = 0; i < n; i++) values[i + 1] = args[i];
    return raiseIfRaised(runTaken(f, frame, jit, n + 1));
  }
  const frame = new Frame(code, f.globals, f.builtins, null, f.closure);
  const values = frame.values;
  values[0] = self;
  for (let i = 0; i < n; i++) values[i + 1] = args[i];
  return run(frame, undefined);
}

/**
 * execute for callers outside the loop: an escaping exception is thrown. (Inside the loop a
 * Python-to-Python call sees the RAISED marker instead and never pays for a JS throw.)
 */
export function run(frame: Frame, throwIn: PyBaseException | undefined): PyValue {
  // Compiled code is entered straight away: execute's own frame is large.
  const j = frame.code.jit;
  return raiseIfRaised(typeof j === 'function' && vm.trace === undefined ? j(frame, -1, throwIn) as PyValue : execute(frame, throwIn));
}

/** A call's result, with an exception that left the Python callee (RAISED) thrown. */
function raiseIfRaised(v: PyValue): PyValue {
  if (v === RAISED) {
    const e = vm.raised!;
    vm.raised = null;
    throw e;
  }
  return v;
}

/** Runs a module, class body or exec/eval code object in the namespace `locals`. */
export function runCode(code: CodeObject, globals: PyDict, locals: PyDict, builtins: PyDict, closure: PyCell[] | null = null): PyValue {
  return run(new Frame(code, globals, builtins, locals, closure), undefined);
}

export function recursionError(): PyBaseException {
  return newRuntimeError('maximum recursion depth exceeded');
}

/** Turns anything thrown into a Python exception; JS stack overflow becomes the recursion error. */
export function asPyException(e: unknown): PyBaseException | null {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError) {
    // A string comparison allocates nothing, so it is safe even with the JS stack exhausted.
    if (e.message === 'Maximum call stack size exceeded') return recursionError();
    // Invalid array length, array buffer allocation failed, BigInt too big: memory the board lacks.
    return newException(MemoryError, 'memory allocation failed');
  }
  return null;
}

/**
 * Counts one unit of work (a call or a backward jump). Both sites in execute call this one
 * function rather than testing the budget themselves: V8 keeps call feedback per function, so
 * the first tick anywhere warms the call to tick() for both. A call site that has never run
 * makes optimized code deoptimize when first reached, and when that happens to execute after V8
 * has cached on-stack-replacement code for its loop, every later call enters through that OSR
 * code and execute is not optimized again (pystone ran 2.8 s instead of 1.8 s in about half
 * the runs).
 */
function spend(st: VMState): void {
  if (--st.budget <= 0) tick();
}

/** Runs at tick boundaries: interrupts, the runtime's clock hook. */
export function tick(): void {
  const st = vm;
  st.budget = st.tickInterval;
  if (st.interruptPending) {
    st.interruptPending = false;
    throw newException(KeyboardInterrupt);
  }
  st.ticks += st.tickInterval;
  if (st.onTick !== undefined) st.onTick(st.ticks);
}

export function unboundLocal(): PyBaseException {
  return newException(NameError, 'local variable referenced before assignment');
}

export function nameError(name: string): PyBaseException {
  return newException(NameError, `name '${name}' is not defined`);
}

export function freeVarError(code: CodeObject, i: number): PyBaseException {
  const name = i < code.cellvars.length ? code.cellvars[i] : code.freevars[i - code.cellvars.length];
  if (i < code.cellvars.length) return unboundLocal();
  return newException(NameError, `free variable '${name}' referenced before assignment in enclosing scope`);
}

/**
 * Runs `f` from its saved ip until it returns or yields. With `throwIn`, the exception is raised
 * at the current instruction first (generator.throw()). After a yield, `f.suspended` is true.
 * An exception leaving the frame is not thrown: execute returns RAISED with it in `vm.raised`
 * (use `run` to get it thrown).
 *
 * The cases share the few temporaries declared at the top instead of declaring their own: each
 * declared variable is a slot in this function's JS frame, and Python recursion is JS recursion.
 */
export function execute(f: Frame, throwIn: PyBaseException | undefined): PyValue {
  const st = vm;
  // The second tier (vm/jit/): a hot code object runs as its compiled JS function.
  const jit = f.code.jit;
  if (jit !== null && st.trace === undefined) {
    const compiled = jit === undefined ? warmUp(f.code) : jit;
    if (compiled !== undefined) return compiled(f, -1, throwIn) as PyValue;
  }
  if (++st.depth > st.recursionLimit) {
    st.depth--;
    throw recursionError();
  }
  const outerFrame = st.frame;
  st.frame = f;
  const code = f.code;
  const words = code.code;
  const consts = code.consts;
  const names = code.names;
  const locals = f.values;
  const stack = locals;
  const nlocals = code.varnames.length;
  let sp = f.sp;
  let ip = f.ip;
  let kwnames: string[] | undefined = undefined;
  let pending: PyBaseException | undefined = throwIn;
  let reraise = false;
  let a: any, b: any, v: any, n = 0, i = 0;
  const trace = st.trace;
  try {
    spend(st);
    for (;;) {
      // Python-level raises leave `dispatch` with `break dispatch` and the exception in `a`;
      // only natives throw. A JS throw costs microseconds in V8, a break nothing.
      try {
        if (pending !== undefined) {
          a = pending;
          pending = undefined;
        } else dispatch: for (;;) {
          if (trace !== undefined) { f.sp = sp; trace(f, ip); }
          switch (words[ip++]) {
            case Op.NOP:
              break;
            case Op.POP_TOP:
              stack[--sp] = undefined;
              break;
            case Op.COPY:
              stack[sp] = stack[sp - words[ip++]];
              sp++;
              break;
            case Op.SWAP:
              n = words[ip++];
              a = stack[sp - 1];
              stack[sp - 1] = stack[sp - n];
              stack[sp - n] = a;
              break;
            case Op.PUSH_NULL:
              stack[sp++] = undefined;
              break;
            case Op.LOAD_CONST:
              stack[sp++] = consts[words[ip++]] as PyValue;
              break;
            case Op.LOAD_FAST:
              v = locals[words[ip++]];
              if (v === undefined) throw unboundLocal();
              stack[sp++] = v;
              break;
            case Op.STORE_FAST:
              locals[words[ip++]] = stack[--sp];
              stack[sp] = undefined;
              break;
            case Op.DELETE_FAST:
              i = words[ip++];
              if (locals[i] === undefined) throw unboundLocal();
              locals[i] = undefined;
              break;
            case Op.LOAD_DEREF:
              i = words[ip++];
              v = f.cells[i].value;
              if (v === undefined) throw freeVarError(code, i);
              stack[sp++] = v;
              break;
            case Op.STORE_DEREF:
              f.cells[words[ip++]].value = stack[--sp];
              stack[sp] = undefined;
              break;
            case Op.DELETE_DEREF:
              i = words[ip++];
              if (f.cells[i].value === undefined) throw freeVarError(code, i);
              f.cells[i].value = undefined;
              break;
            case Op.LOAD_CLASSDEREF:
              i = words[ip++];
              v = f.localsDict!.getStr(names[words[ip++]]);
              if (v === undefined) {
                v = f.cells[i].value;
                if (v === undefined) throw freeVarError(code, i);
              }
              stack[sp++] = v;
              break;
            case Op.LOAD_CLOSURE:
              stack[sp++] = f.cells[words[ip++]];
              break;
            case Op.LOAD_NAME:
              a = names[words[ip++]];
              v = f.localsDict!.getStr(a);
              if (v === undefined) {
                v = f.globals.getStr(a);
                if (v === undefined) {
                  v = f.builtins.getStr(a);
                  if (v === undefined) throw nameError(a);
                }
              }
              stack[sp++] = v;
              break;
            case Op.STORE_NAME:
              f.localsDict!.setStr(names[words[ip++]], stack[--sp]!);
              stack[sp] = undefined;
              break;
            case Op.DELETE_NAME:
              a = names[words[ip++]];
              if (!f.localsDict!.deleteStr(a)) throw nameError(a);
              break;
            case Op.LOAD_GLOBAL:
              stack[sp++] = loadGlobalCached(code.caches, words[ip + 1], f.globals, f.builtins, names[words[ip]]);
              ip += 2;
              break;
            case Op.STORE_GLOBAL:
              f.globals.setStr(names[words[ip++]], stack[--sp]!);
              stack[sp] = undefined;
              break;
            case Op.DELETE_GLOBAL:
              a = names[words[ip++]];
              if (!f.globals.deleteStr(a)) throw nameError(a);
              break;
            case Op.LOAD_ATTR:
              stack[sp - 1] = loadAttrCached(code.caches, words[ip + 1], stack[sp - 1]!, names[words[ip]]);
              ip += 2;
              break;
            case Op.STORE_ATTR:
              a = stack[--sp];
              b = stack[--sp];
              stack[sp] = stack[sp + 1] = undefined;
              storeAttrCached(code.caches, words[ip + 1], a, names[words[ip]], b);
              ip += 2;
              break;
            case Op.DELETE_ATTR:
              a = stack[--sp];
              stack[sp] = undefined;
              delAttr(a, names[words[ip++]]);
              break;
            case Op.LOAD_METHOD:
              a = stack[sp - 1];
              b = names[words[ip]];
              i = words[ip + 1];
              ip += 2;
              v = loadMethodCached(code.caches, i, a, b);
              if (v !== undefined) {
                stack[sp - 1] = v;
                stack[sp++] = a;
              } else if (a instanceof PySuper && (v = loadSuperMethodCached(code.caches, i, a)) !== undefined) {
                stack[sp - 1] = v;
                stack[sp++] = a.obj;
              } else {
                stack[sp - 1] = undefined;
                stack[sp++] = loadAttrCached(code.caches, i, a, b);
              }
              break;
            case Op.BINARY_SUBSCR:
              b = stack[--sp];
              a = stack[sp - 1];
              stack[sp] = undefined;
              if (typeof b === 'number' && a instanceof PyList && a.cls === listType) {
                v = a.items;
                i = b < 0 ? b + v.length : b;
                if (i >= 0 && i < v.length) { stack[sp - 1] = v[i]; break; }
              }
              stack[sp - 1] = getItem(a, b);
              break;
            case Op.STORE_SUBSCR:
              b = stack[--sp];
              a = stack[--sp];
              v = stack[--sp];
              stack[sp] = stack[sp + 1] = stack[sp + 2] = undefined;
              if (typeof b === 'number' && a instanceof PyList && a.cls === listType) {
                i = b < 0 ? b + a.items.length : b;
                if (i >= 0 && i < a.items.length) { a.items[i] = v; break; }
              }
              setItem(a, b, v);
              break;
            case Op.DELETE_SUBSCR:
              b = stack[--sp];
              a = stack[--sp];
              stack[sp] = stack[sp + 1] = undefined;
              delItem(a, b);
              break;
            case Op.BUILD_SLICE:
              v = words[ip++] === 3 ? stack[--sp] : None;
              b = stack[--sp];
              stack[sp] = stack[sp + 1] = undefined;
              stack[sp - 1] = new PySlice(stack[sp - 1]!, b, v);
              break;
            case Op.UNARY_POSITIVE:
              stack[sp - 1] = unaryOp(UnaryOp.POS, stack[sp - 1]!);
              break;
            case Op.UNARY_NEGATIVE:
              v = stack[sp - 1];
              stack[sp - 1] = typeof v === 'number' && v !== 0 ? -v : unaryOp(UnaryOp.NEG, v);
              break;
            case Op.UNARY_NOT:
              v = stack[sp - 1];
              stack[sp - 1] = v === true ? false : v === false ? true : !isTrue(v);
              break;
            case Op.UNARY_INVERT:
              stack[sp - 1] = unaryOp(UnaryOp.INVERT, stack[sp - 1]!);
              break;
            case Op.BINARY_OP:
              b = stack[--sp];
              a = stack[sp - 1];
              stack[sp] = undefined;
              n = words[ip++];
              if (typeof a === 'number' && typeof b === 'number') {
                switch (n) {
                  case BinOp.ADD: case BinOp.ADD + BINOP_INPLACE:
                    v = a + b;
                    if (v <= MAX_SAFE && v >= -MAX_SAFE) { stack[sp - 1] = v; continue; }
                    break;
                  case BinOp.SUB: case BinOp.SUB + BINOP_INPLACE:
                    v = a - b;
                    if (v <= MAX_SAFE && v >= -MAX_SAFE) { stack[sp - 1] = v; continue; }
                    break;
                  case BinOp.MUL: case BinOp.MUL + BINOP_INPLACE:
                    v = a * b;
                    if (v <= MAX_SAFE && v >= -MAX_SAFE) { stack[sp - 1] = v + 0; continue; }
                    break;
                  case BinOp.AND: case BinOp.AND + BINOP_INPLACE:
                    if ((a | 0) === a && (b | 0) === b) { stack[sp - 1] = a & b; continue; }
                    break;
                  case BinOp.OR: case BinOp.OR + BINOP_INPLACE:
                    if ((a | 0) === a && (b | 0) === b) { stack[sp - 1] = a | b; continue; }
                    break;
                  case BinOp.XOR: case BinOp.XOR + BINOP_INPLACE:
                    if ((a | 0) === a && (b | 0) === b) { stack[sp - 1] = a ^ b; continue; }
                    break;
                  case BinOp.RSHIFT: case BinOp.RSHIFT + BINOP_INPLACE:
                    if ((a | 0) === a && b >= 0 && b < 32) { stack[sp - 1] = a >> b; continue; }
                    break;
                  case BinOp.LSHIFT: case BinOp.LSHIFT + BINOP_INPLACE:
                    if (a >= 0 && a < 0x100000 && b >= 0 && b < 11) { stack[sp - 1] = a << b; continue; }
                    break;
                  case BinOp.FLOORDIV: case BinOp.FLOORDIV + BINOP_INPLACE:
                    if (b > 0 && a >= 0) { stack[sp - 1] = Math.floor(a / b); continue; }
                    break;
                  case BinOp.MOD: case BinOp.MOD + BINOP_INPLACE:
                    if (b > 0 && a >= 0) { stack[sp - 1] = a % b; continue; }
                    break;
                }
              } else if ((v = floatArith(n, a, b)) !== undefined) {
                stack[sp - 1] = v;
                break;
              }
              stack[sp - 1] = n >= BINOP_INPLACE ? inplaceOp(n - BINOP_INPLACE, a, b) : binaryOp(n, a, b);
              break;
            case Op.COMPARE_OP:
              b = stack[--sp];
              a = stack[sp - 1];
              stack[sp] = undefined;
              n = words[ip++];
              if (typeof a === 'number' && typeof b === 'number') {
                stack[sp - 1] = n === CmpOp.LT ? a < b : n === CmpOp.LE ? a <= b : n === CmpOp.EQ ? a === b
                  : n === CmpOp.NE ? a !== b : n === CmpOp.GT ? a > b : a >= b;
              } else if ((a instanceof PyFloat || b instanceof PyFloat) && (v = floatOperand(a)) !== undefined
                  && floatOperand(b) !== undefined) {
                // b stays a PyValue: a bigint beside a float must reach compare() exactly, not here.
                const y = floatOperand(b)!;
                stack[sp - 1] = n === CmpOp.LT ? v < y : n === CmpOp.LE ? v <= y : n === CmpOp.EQ ? v === y
                  : n === CmpOp.NE ? v !== y : n === CmpOp.GT ? v > y : v >= y;
              } else {
                stack[sp - 1] = compare(n, a, b);
              }
              break;
            case Op.IS_OP:
              b = stack[--sp];
              a = stack[sp - 1];
              stack[sp] = undefined;
              // CircuitPython dialect: ints compare by value (games write `x is -16`); JS === does for numbers.
              v = a === b || (typeof a === 'bigint' && typeof b === 'bigint' && a === b);
              stack[sp - 1] = words[ip++] ? !v : v;
              break;
            case Op.CONTAINS_OP:
              b = stack[--sp];
              stack[sp] = undefined;
              v = contains(b, stack[sp - 1]!);
              stack[sp - 1] = words[ip++] ? !v : v;
              break;
            case Op.JUMP_FORWARD:
              ip = words[ip];
              break;
            case Op.JUMP_BACKWARD:
              spend(st);
              ip = words[ip];
              // A loop that gets hot continues in the compiled code from its head (on-stack replacement).
              if (code.jit !== null && trace === undefined && (v = code.jit ?? warmUp(code)) !== undefined) return v(f, ip);
              break;
            case Op.POP_JUMP_IF_FALSE:
              v = stack[--sp];
              stack[sp] = undefined;
              if (v === false || (v !== true && !isTrue(v))) ip = words[ip]; else ip++;
              break;
            case Op.POP_JUMP_IF_TRUE:
              v = stack[--sp];
              stack[sp] = undefined;
              if (v === true || (v !== false && isTrue(v))) ip = words[ip]; else ip++;
              break;
            case Op.JUMP_IF_FALSE_OR_POP:
              v = stack[sp - 1];
              if (v === false || (v !== true && !isTrue(v))) ip = words[ip];
              else { ip++; stack[--sp] = undefined; }
              break;
            case Op.JUMP_IF_TRUE_OR_POP:
              v = stack[sp - 1];
              if (v === true || (v !== false && isTrue(v))) ip = words[ip];
              else { ip++; stack[--sp] = undefined; }
              break;
            case Op.POP_JUMP_IF_NONE:
              v = stack[--sp];
              stack[sp] = undefined;
              if (v === None) ip = words[ip]; else ip++;
              break;
            case Op.POP_JUMP_IF_NOT_NONE:
              v = stack[--sp];
              stack[sp] = undefined;
              if (v !== None) ip = words[ip]; else ip++;
              break;
            case Op.GET_ITER:
              stack[sp - 1] = getIter(stack[sp - 1]!);
              break;
            case Op.FOR_ITER:
              a = stack[sp - 1];
              v = a instanceof PyGenerator ? a.next() : iterNext(a);
              if (v === STOP) {
                stack[--sp] = undefined;
                ip = words[ip];
              } else {
                stack[sp++] = v;
                ip++;
              }
              break;
            case Op.RETURN_VALUE:
              v = stack[--sp];
              stack[sp] = undefined;
              f.sp = sp;
              f.ip = ip;
              return v;
            case Op.YIELD_VALUE:
              v = stack[--sp];
              stack[sp] = undefined;
              f.sp = sp;
              f.ip = ip;
              f.suspended = true;
              return v;
            case Op.GET_YIELD_FROM_ITER:
              v = stack[sp - 1];
              if (!(v instanceof PyGenerator)) stack[sp - 1] = getIter(v);
              break;
            case Op.SEND:
              v = stack[--sp];
              stack[sp] = undefined;
              a = genSendFromSend(stack[sp - 1]!, v);
              if (a.done) {
                stack[sp - 1] = a.value;
                ip = words[ip];
              } else {
                stack[sp++] = a.value;
                ip++;
              }
              break;
            case Op.GET_AWAITABLE:
              stack[sp - 1] = getAwaitable(stack[sp - 1]!);
              break;
            case Op.GET_AITER:
              stack[sp - 1] = callMethod(stack[sp - 1]!, '__aiter__', EMPTY_ARGS);
              break;
            case Op.GET_ANEXT:
              v = callMethod(stack[sp - 1]!, '__anext__', EMPTY_ARGS);
              stack[sp++] = getAwaitable(v);
              break;
            case Op.END_ASYNC_FOR:
              v = stack[--sp];
              stack[sp] = undefined;
              if (!isExceptionOf(v, StopAsyncIteration)) {
                reraise = true;
                a = v;
                break dispatch;
              }
              stack[--sp] = undefined;
              break;
            case Op.RAISE_VARARGS:
              n = words[ip++];
              if (n === 0) {
                if (st.handled === null) throw newRuntimeError('No active exception to reraise');
                reraise = true;
                a = st.handled;
                break dispatch;
              }
              b = n === 2 ? stack[--sp] : undefined;
              a = stack[--sp];
              stack[sp] = stack[sp + 1] = undefined;
              a = normalizeRaise(a, b);
              break dispatch;
            case Op.RERAISE:
              a = stack[--sp];
              stack[sp] = undefined;
              reraise = true;
              break dispatch;
            case Op.PUSH_EXC_INFO:
              v = stack[sp - 1];
              stack[sp - 1] = st.handled === null ? None : st.handled;
              stack[sp++] = v;
              st.handled = v;
              break;
            case Op.POP_EXCEPT:
              v = stack[--sp];
              stack[sp] = undefined;
              st.handled = v === None ? null : v;
              break;
            case Op.CHECK_EXC_MATCH:
              stack[sp - 1] = checkExcMatch(stack[sp - 2]!, stack[sp - 1]!);
              break;
            case Op.BEFORE_WITH:
              sp = beforeWith(stack, sp, false);
              break;
            case Op.BEFORE_ASYNC_WITH:
              sp = beforeWith(stack, sp, true);
              break;
            case Op.WITH_EXCEPT_START:
              sp = withExceptStart(stack, sp);
              break;
            case Op.LOAD_ASSERTION_ERROR:
              stack[sp++] = AssertionError;
              break;
            case Op.BUILD_TUPLE:
            case Op.BUILD_LIST:
              n = words[ip];
              v = new Array<PyValue>(n);
              sp -= n;
              for (i = 0; i < n; i++) { v[i] = stack[sp + i]; stack[sp + i] = undefined; }
              stack[sp++] = words[ip - 1] === Op.BUILD_LIST ? new PyList(v) : new PyTuple(v);
              ip++;
              break;
            case Op.BUILD_SET:
              sp = buildSet(stack, sp, words[ip++]);
              break;
            case Op.BUILD_MAP:
              sp = buildMap(stack, sp, words[ip++]);
              break;
            case Op.BUILD_STRING:
              sp = buildString(stack, sp, words[ip++]);
              break;
            case Op.FORMAT_VALUE:
              sp = formatValue(stack, sp, words[ip++]);
              break;
            case Op.LIST_APPEND:
              v = stack[--sp];
              stack[sp] = undefined;
              (stack[sp - words[ip++]] as PyList).items.push(v);
              break;
            case Op.SET_ADD:
              v = stack[--sp];
              stack[sp] = undefined;
              (stack[sp - words[ip++]] as PySet).add(v);
              break;
            case Op.MAP_ADD:
              v = stack[--sp];
              a = stack[--sp];
              stack[sp] = stack[sp + 1] = undefined;
              (stack[sp - words[ip++]] as PyDict).set(a, v);
              break;
            case Op.LIST_EXTEND:
              v = unpackItems(stack[--sp]!);
              stack[sp] = undefined;
              a = (stack[sp - words[ip++]] as PyList).items;
              for (i = 0; i < v.length; i++) a.push(v[i]);
              break;
            case Op.SET_UPDATE:
              v = stack[--sp];
              stack[sp] = undefined;
              setUpdate(stack[sp - words[ip++]] as PySet, v);
              break;
            case Op.DICT_UPDATE:
              v = stack[--sp];
              stack[sp] = undefined;
              dictUpdateChecked(stack[sp - words[ip++]] as PyDict, v);
              break;
            case Op.DICT_MERGE:
              v = stack[--sp];
              stack[sp] = undefined;
              mergeKwargs(stack[sp - words[ip++]] as PyDict, v);
              break;
            case Op.LIST_TO_TUPLE:
              stack[sp - 1] = new PyTuple((stack[sp - 1] as PyList).items);
              break;
            case Op.UNPACK_SEQUENCE:
              sp = unpackSequence(stack, sp, words[ip++]);
              break;
            case Op.UNPACK_EX:
              sp = unpackEx(stack, sp, words[ip++]);
              break;
            case Op.MAKE_FUNCTION:
              sp = makeFunction(stack, sp, words[ip++], f.globals, f.builtins);
              break;
            case Op.KW_NAMES:
              kwnames = consts[words[ip++]] as string[];
              break;
            case Op.CALL:
              n = words[ip++];
              // Below the n arguments: (NULL, callable) or (function, self).
              i = sp - n - 2;
              a = stack[i];
              if (a === undefined) { a = stack[i + 1]; i += 2; } else { i += 1; n++; }
              f.ip = ip;
              if (a instanceof PyFunction && kwnames === undefined
                  && (a.code.flags & CALL_FAST_MASK) === CodeFlags.SIMPLE_ARGS && a.code.argcount === n) {
                b = new Frame(a.code, a.globals, a.builtins, null, a.closure);
                for (v = b.values, n = 0; i + n < sp; n++) v[n] = stack[i + n];
                v = execute(b, undefined);
                if (v === RAISED) {
                  a = st.raised;
                  st.raised = null;
                  break dispatch;
                }
              } else if (kwnames === undefined && a instanceof PyType && (v = plainInit(a, n)) !== undefined) {
                // C(args) for a plain Python class: allocate, then run __init__ on the fast path.
                b = new Frame(v.code, v.globals, v.builtins, null, v.closure);
                fillPositionalDefaults(v, b.values, n + 1);
                v = a.alloc!(a);
                b.values[0] = v;
                for (let j = 0; j < n; j++) b.values[j + 1] = stack[i + j];
                a = execute(b, undefined);
                if (a === RAISED) {
                  a = st.raised;
                  st.raised = null;
                  break dispatch;
                }
                if (a !== None) throw newTypeError(`__init__() should return None, not '${typeOf(a).name}'`);
              } else if (a instanceof PyFunction && (a.code.flags & GENERATOR_MASK) === 0) {
                // Defaults, keywords, *args or cells: bind through call-args, still no JS throw on raise.
                b = new Array<PyValue>(n);
                for (let j = 0; j < n; j++) b[j] = stack[i + j];
                v = new Frame(a.code, a.globals, a.builtins, null, a.closure);
                bindArguments(a, v.values, b, kwnames);
                kwnames = undefined;
                if (a.code.cell2arg.length) v.initCellArgs();
                v = execute(v, undefined);
                if (v === RAISED) {
                  a = st.raised;
                  st.raised = null;
                  break dispatch;
                }
              } else if (kwnames !== undefined || n > 3 || (v = callNative(a, stack, i, n)) === undefined) {
                b = new Array<PyValue>(n);
                for (let j = 0; j < n; j++) b[j] = stack[i + j];
                v = call(a, b, kwnames);
                kwnames = undefined;
              }
              n = sp - words[ip - 1] - 2;
              while (sp > n) stack[--sp] = undefined;
              stack[sp++] = v;
              break;
            case Op.CALL_FUNCTION_EX:
              f.ip = ip + 1;
              sp = callEx(stack, sp, words[ip++]);
              break;
            case Op.LOAD_BUILD_CLASS:
              stack[sp++] = buildClassFunction;
              break;
            case Op.IMPORT_NAME:
              v = stack[--sp];
              stack[sp] = undefined;
              f.ip = ip + 1;
              stack[sp - 1] = importName(names[words[ip++]], f.globals, v, stack[sp - 1] as number);
              break;
            case Op.IMPORT_FROM:
              stack[sp] = importFrom(stack[sp - 1]!, names[words[ip++]]);
              sp++;
              break;
            case Op.IMPORT_STAR:
              v = stack[--sp];
              stack[sp] = undefined;
              importStar(v, f.localsDict ?? f.globals);
              break;
            case Op.PRINT_EXPR:
              v = stack[--sp];
              stack[sp] = undefined;
              if (v !== None) {
                f.builtins.setStr('_', v);
                call(f.builtins.getStr('print')!, [repr(v)]);
              }
              break;
            default:
              throw new Error(`bad opcode ${words[ip - 1]} at ${ip - 1} in ${code.name}`);
          }
        }
      } catch (err) {
        a = asPyException(err);
        if (a === null) throw err;
      }
      // The exception in `a` was raised at the instruction before ip.
      i = ip - 1;
      if (!reraise) {
        // A fresh exception raised while another is being handled gets it as __context__.
        if (a.traceback === null && st.handled !== null && st.handled !== a && a.context === null) a.context = st.handled;
        addTraceback(a, code.filename, lineForOffset(code.lineTable, i), code.name);
      }
      reraise = false;
      kwnames = undefined;
      n = findHandler(code.exceptionTable, i);
      if (n < 0) {
        f.sp = nlocals;
        f.ip = ip;
        // Leave by return, not throw: a Python caller on the fast path picks it up from there.
        st.raised = a;
        return RAISED;
      }
      i = code.exceptionTable[n + 3] + nlocals;
      while (sp > i) stack[--sp] = undefined;
      stack[sp++] = a;
      ip = code.exceptionTable[n + 2];
    }
  } finally {
    st.depth--;
    st.frame = outerFrame;
  }
}

/** The value of an exact float or an int as a JS number, for the float fast paths; else undefined. */
function floatOperand(x: PyValue): number | undefined {
  if (typeof x === 'number') return x;
  if (x instanceof PyFloat && x.cls === floatType) return x.value;
  return undefined;
}

/** + - * / on exact floats (or a float and a small int) without the protocol; undefined when not handled. */
export function floatArith(op: number, a: PyValue, b: PyValue): PyValue | undefined {
  if (!(a instanceof PyFloat) && !(b instanceof PyFloat)) return undefined;
  const x = floatOperand(a);
  const y = floatOperand(b);
  if (x === undefined || y === undefined) return undefined;
  switch (op >= BINOP_INPLACE ? op - BINOP_INPLACE : op) {
    case BinOp.ADD: return new PyFloat(x + y);
    case BinOp.SUB: return new PyFloat(x - y);
    case BinOp.MUL: return new PyFloat(x * y);
    case BinOp.TRUEDIV: return y === 0 ? undefined : new PyFloat(x / y);
    default: return undefined;
  }
}

/**
 * The __init__ to run for `cls(<nargs positional args>)` when the call can skip the type-call
 * protocol: a Python class with the standard metaclass call and object.__new__, whose __init__
 * is a Python function taking those arguments plainly (call-args.ts takesPositionally). Otherwise
 * undefined.
 */
export function plainInit(cls: PyType, nargs: number): PyFunction | undefined {
  if (!cls.isHeapType || cls.new !== objectType.new || cls.alloc === undefined || cls.cls.call !== typeType.call) return undefined;
  const init = cls.lookupInit();
  if (!(init instanceof PyFunction)) return undefined;
  const code = init.code;
  return (code.flags & CALL_FAST_MASK) === CodeFlags.SIMPLE_ARGS && takesPositionally(init, nargs + 1) ? init : undefined;
}

/** CALL of a native with n <= 3 positional args at stack[i..]: its direct entry, or undefined (builtin-function.ts). */
function callNative(f: PyValue, stack: (PyValue | undefined)[], i: number, n: number): PyValue | undefined {
  const s = stack as PyValue[];
  return n === 0 ? callNative0(f) : n === 1 ? callNative1(f, s[i])
    : n === 2 ? callNative2(f, s[i], s[i + 1]) : callNative3(f, s[i], s[i + 1], s[i + 2]);
}

export const GENERATOR_MASK = CodeFlags.GENERATOR | CodeFlags.COROUTINE | CodeFlags.ASYNC_GENERATOR;
export const CALL_FAST_MASK = CodeFlags.SIMPLE_ARGS | CodeFlags.GENERATOR | CodeFlags.COROUTINE | CodeFlags.ASYNC_GENERATOR;
