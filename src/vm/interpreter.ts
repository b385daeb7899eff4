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
import { BinOp, CmpOp, KwNames, None, PyType, PyValue, STOP, UnaryOp, typeOf } from '../objects/core';
import {
  AssertionError, KeyboardInterrupt, NameError, PyBaseException, StopAsyncIteration, newException,
  newRuntimeError, newTypeError, newValueError, isExceptionOf,
} from '../objects/exceptions';
import {
  binaryOp, call, compare, contains, delItem, getItem, getIter, inplaceOp, isTrue, iterNext, repr,
  setItem, str, toArray, unaryOp, callMethod,
} from '../objects/ops';
import { delAttr, getAttr } from '../objects/attr';
import { PyDict, dictUpdate } from '../objects/dict';
import { PyList, listType } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { PySet } from '../objects/set';
import { PySlice } from '../objects/slice';
import { PyCell } from '../objects/cell';
import { PyFunction } from '../objects/function';
import { PyGenerator } from '../objects/generator';
import { Frame } from './frame';
import { bindArguments } from './call-args';
import { vm } from './state';
import { addTraceback } from './traceback';
import { loadAttrCached, loadMethodCached, storeAttrCached } from './inline-cache';
import { genSendFromSend, getAwaitable, makeGenerator } from './generator';
import { importName, importFrom, importStar } from './import';
import { buildClassFunction } from './build-class';
import { checkExcMatch, normalizeRaise } from './raise';

const EMPTY_ARGS: PyValue[] = [];
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
  return execute(frame, undefined);
}

/** Runs a module, class body or exec/eval code object in the namespace `locals`. */
export function runCode(code: CodeObject, globals: PyDict, locals: PyDict, builtins: PyDict, closure: PyCell[] | null = null): PyValue {
  return execute(new Frame(code, globals, builtins, locals, closure), undefined);
}

function recursionError(): PyBaseException {
  return newRuntimeError('maximum recursion depth exceeded');
}

/** Turns anything thrown into a Python exception; JS stack overflow becomes the recursion error. */
function asPyException(e: unknown): PyBaseException | null {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) return recursionError();
  return null;
}

/** Runs at tick boundaries: interrupts, the runtime's clock hook. */
function tick(): void {
  const st = vm;
  st.budget = st.tickInterval;
  if (st.interruptPending) {
    st.interruptPending = false;
    throw newException(KeyboardInterrupt);
  }
  st.ticks += st.tickInterval;
  if (st.onTick !== undefined) st.onTick(st.ticks);
}

function unboundLocal(): PyBaseException {
  return newException(NameError, 'local variable referenced before assignment');
}

function nameError(name: string): PyBaseException {
  return newException(NameError, `name '${name}' is not defined`);
}

function freeVarError(code: CodeObject, i: number): PyBaseException {
  const name = i < code.cellvars.length ? code.cellvars[i] : code.freevars[i - code.cellvars.length];
  if (i < code.cellvars.length) return unboundLocal();
  return newException(NameError, `free variable '${name}' referenced before assignment in enclosing scope`);
}

/** `is` beyond JS identity: CircuitPython's ints compare by value (games write `x is -16`). */
function isIdentical(a: PyValue, b: PyValue): boolean {
  return typeof a === 'bigint' && typeof b === 'bigint' && a === b;
}

function formatValue(v: PyValue, flags: number, spec: PyValue | undefined): string {
  const conv = flags & 3;
  if (conv === 1) v = str(v);
  else if (conv === 2) v = repr(v);
  else if (conv === 3) v = asciiOf(repr(v));
  if (spec === undefined || spec === '') {
    return typeof v === 'string' ? v : str(v);
  }
  const r = callMethod(v, '__format__', [spec]);
  if (typeof r !== 'string') throw newTypeError(`__format__ must return a str, not ${typeOf(r).name}`);
  return r;
}

function asciiOf(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c < 256) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 65536) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

function unpackError(expected: number, got: number, atLeast: boolean): PyBaseException {
  if (got < expected) {
    return newValueError(`not enough values to unpack (expected ${atLeast ? 'at least ' : ''}${expected}, got ${got})`);
  }
  return newValueError(`too many values to unpack (expected ${expected})`);
}

function unpackItems(v: PyValue): PyValue[] {
  if (v instanceof PyTuple || v instanceof PyList) {
    if (!v.cls.isHeapType) return v.items;
  }
  return toArray(v);
}

/**
 * Runs `f` from its saved ip until it returns or yields. With `throwIn`, the exception is raised
 * at the current instruction first (generator.throw()). After a yield, `f.suspended` is true.
 */
export function execute(f: Frame, throwIn: PyBaseException | undefined): PyValue {
  const st = vm;
  if (++st.depth > st.recursionLimit) {
    st.depth--;
    throw recursionError();
  }
  if (--st.budget <= 0) {
    try { tick(); } catch (e) { st.depth--; throw e; }
  }
  const code = f.code;
  const words = code.code;
  const consts = code.consts;
  const names = code.names;
  const caches = code.caches;
  const locals = f.locals;
  const cells = f.cells;
  const stack = f.stack;
  const globals = f.globals;
  const builtins = f.builtins;
  const trace = st.trace;
  let sp = f.sp;
  let ip = f.ip;
  let kwnames: string[] | undefined = undefined;
  let pending: PyBaseException | undefined = throwIn;
  let reraise = false;
  f.suspended = false;
  const outerFrame = st.frame;
  st.frame = f;
  try {
    for (;;) {
      try {
        if (pending !== undefined) {
          const e = pending;
          pending = undefined;
          throw e;
        }
        for (;;) {
          if (trace !== undefined) { f.sp = sp; trace(f, ip); }
          const op = words[ip++];
          switch (op) {
            case Op.NOP:
              break;
            case Op.POP_TOP:
              stack[--sp] = undefined;
              break;
            case Op.COPY: {
              const n = words[ip++];
              stack[sp] = stack[sp - n];
              sp++;
              break;
            }
            case Op.SWAP: {
              const n = words[ip++];
              const t = stack[sp - 1];
              stack[sp - 1] = stack[sp - n];
              stack[sp - n] = t;
              break;
            }
            case Op.PUSH_NULL:
              stack[sp++] = undefined;
              break;
            case Op.LOAD_CONST:
              stack[sp++] = consts[words[ip++]] as PyValue;
              break;
            case Op.LOAD_FAST: {
              const v = locals[words[ip++]];
              if (v === undefined) throw unboundLocal();
              stack[sp++] = v;
              break;
            }
            case Op.STORE_FAST:
              locals[words[ip++]] = stack[--sp];
              stack[sp] = undefined;
              break;
            case Op.DELETE_FAST: {
              const i = words[ip++];
              if (locals[i] === undefined) throw unboundLocal();
              locals[i] = undefined;
              break;
            }
            case Op.LOAD_DEREF: {
              const i = words[ip++];
              const v = cells[i].value;
              if (v === undefined) throw freeVarError(code, i);
              stack[sp++] = v;
              break;
            }
            case Op.STORE_DEREF:
              cells[words[ip++]].value = stack[--sp];
              stack[sp] = undefined;
              break;
            case Op.DELETE_DEREF: {
              const i = words[ip++];
              if (cells[i].value === undefined) throw freeVarError(code, i);
              cells[i].value = undefined;
              break;
            }
            case Op.LOAD_CLASSDEREF: {
              const i = words[ip++];
              const name = names[words[ip++]];
              let v = f.localsDict!.getStr(name);
              if (v === undefined) {
                v = cells[i].value;
                if (v === undefined) throw freeVarError(code, i);
              }
              stack[sp++] = v;
              break;
            }
            case Op.LOAD_CLOSURE:
              stack[sp++] = cells[words[ip++]];
              break;
            case Op.LOAD_NAME: {
              const name = names[words[ip++]];
              let v = f.localsDict!.getStr(name);
              if (v === undefined) {
                v = globals.getStr(name);
                if (v === undefined) {
                  v = builtins.getStr(name);
                  if (v === undefined) throw nameError(name);
                }
              }
              stack[sp++] = v;
              break;
            }
            case Op.STORE_NAME:
              f.localsDict!.setStr(names[words[ip++]], stack[--sp]!);
              stack[sp] = undefined;
              break;
            case Op.DELETE_NAME: {
              const name = names[words[ip++]];
              if (!f.localsDict!.deleteStr(name)) throw nameError(name);
              break;
            }
            case Op.LOAD_GLOBAL: {
              const name = names[words[ip++]];
              ip++;
              let v = globals.getStr(name);
              if (v === undefined) {
                v = builtins.getStr(name);
                if (v === undefined) throw nameError(name);
              }
              stack[sp++] = v;
              break;
            }
            case Op.STORE_GLOBAL:
              globals.setStr(names[words[ip++]], stack[--sp]!);
              stack[sp] = undefined;
              break;
            case Op.DELETE_GLOBAL: {
              const name = names[words[ip++]];
              if (!globals.deleteStr(name)) throw nameError(name);
              break;
            }
            case Op.LOAD_ATTR: {
              const name = names[words[ip++]];
              const slot = words[ip++];
              stack[sp - 1] = loadAttrCached(caches, slot, stack[sp - 1]!, name);
              break;
            }
            case Op.STORE_ATTR: {
              const name = names[words[ip++]];
              const slot = words[ip++];
              const obj = stack[--sp]!;
              const v = stack[--sp]!;
              stack[sp] = stack[sp + 1] = undefined;
              storeAttrCached(caches, slot, obj, name, v);
              break;
            }
            case Op.DELETE_ATTR: {
              const obj = stack[--sp]!;
              stack[sp] = undefined;
              delAttr(obj, names[words[ip++]]);
              break;
            }
            case Op.LOAD_METHOD: {
              const name = names[words[ip++]];
              const slot = words[ip++];
              const obj = stack[sp - 1]!;
              const m = loadMethodCached(caches, slot, obj, name);
              if (m !== undefined) {
                stack[sp - 1] = m;
                stack[sp++] = obj;
              } else {
                stack[sp - 1] = undefined;
                stack[sp++] = getAttr(obj, name);
              }
              break;
            }
            case Op.BINARY_SUBSCR: {
              const key = stack[--sp]!;
              const o = stack[sp - 1]!;
              stack[sp] = undefined;
              if (o instanceof PyList && typeof key === 'number' && o.cls === listType) {
                const items = o.items;
                const i = key < 0 ? key + items.length : key;
                if (i >= 0 && i < items.length) { stack[sp - 1] = items[i]; break; }
              }
              stack[sp - 1] = getItem(o, key);
              break;
            }
            case Op.STORE_SUBSCR: {
              const key = stack[--sp]!;
              const o = stack[--sp]!;
              const v = stack[--sp]!;
              stack[sp] = stack[sp + 1] = stack[sp + 2] = undefined;
              if (o instanceof PyList && typeof key === 'number' && o.cls === listType) {
                const items = o.items;
                const i = key < 0 ? key + items.length : key;
                if (i >= 0 && i < items.length) { items[i] = v; break; }
              }
              setItem(o, key, v);
              break;
            }
            case Op.DELETE_SUBSCR: {
              const key = stack[--sp]!;
              const o = stack[--sp]!;
              stack[sp] = stack[sp + 1] = undefined;
              delItem(o, key);
              break;
            }
            case Op.BUILD_SLICE: {
              const n = words[ip++];
              const step = n === 3 ? stack[--sp]! : None;
              const stop = stack[--sp]!;
              const start = stack[sp - 1]!;
              stack[sp - 1] = new PySlice(start, stop, step);
              break;
            }
            case Op.UNARY_POSITIVE:
              stack[sp - 1] = unaryOp(UnaryOp.POS, stack[sp - 1]!);
              break;
            case Op.UNARY_NEGATIVE: {
              const v = stack[sp - 1]!;
              stack[sp - 1] = typeof v === 'number' && v !== 0 ? -v : unaryOp(UnaryOp.NEG, v);
              break;
            }
            case Op.UNARY_NOT: {
              const v = stack[sp - 1]!;
              stack[sp - 1] = v === true ? false : v === false ? true : !isTrue(v);
              break;
            }
            case Op.UNARY_INVERT:
              stack[sp - 1] = unaryOp(UnaryOp.INVERT, stack[sp - 1]!);
              break;
            case Op.BINARY_OP: {
              const b = stack[--sp]!;
              const a = stack[sp - 1]!;
              stack[sp] = undefined;
              const opc = words[ip++];
              if (typeof a === 'number' && typeof b === 'number') {
                let r: number;
                switch (opc) {
                  case BinOp.ADD: case BinOp.ADD + BINOP_INPLACE:
                    r = a + b;
                    if (r <= MAX_SAFE && r >= -MAX_SAFE) { stack[sp - 1] = r; continue; }
                    break;
                  case BinOp.SUB: case BinOp.SUB + BINOP_INPLACE:
                    r = a - b;
                    if (r <= MAX_SAFE && r >= -MAX_SAFE) { stack[sp - 1] = r; continue; }
                    break;
                  case BinOp.MUL: case BinOp.MUL + BINOP_INPLACE:
                    r = a * b;
                    if (r <= MAX_SAFE && r >= -MAX_SAFE) { stack[sp - 1] = r + 0; continue; }
                    break;
                  case BinOp.AND: case BinOp.AND + BINOP_INPLACE:
                    if (a >= 0 && b >= 0 && a <= 0x7fffffff && b <= 0x7fffffff) { stack[sp - 1] = a & b; continue; }
                    break;
                  case BinOp.OR: case BinOp.OR + BINOP_INPLACE:
                    if (a >= 0 && b >= 0 && a <= 0x7fffffff && b <= 0x7fffffff) { stack[sp - 1] = a | b; continue; }
                    break;
                  case BinOp.FLOORDIV: case BinOp.FLOORDIV + BINOP_INPLACE:
                    if (b > 0 && a >= 0) { stack[sp - 1] = Math.floor(a / b); continue; }
                    break;
                  case BinOp.MOD: case BinOp.MOD + BINOP_INPLACE:
                    if (b > 0 && a >= 0) { stack[sp - 1] = a % b; continue; }
                    break;
                }
              }
              stack[sp - 1] = opc >= BINOP_INPLACE ? inplaceOp(opc - BINOP_INPLACE, a, b) : binaryOp(opc, a, b);
              break;
            }
            case Op.COMPARE_OP: {
              const b = stack[--sp]!;
              const a = stack[sp - 1]!;
              stack[sp] = undefined;
              const c = words[ip++];
              if (typeof a === 'number' && typeof b === 'number') {
                stack[sp - 1] = c === CmpOp.LT ? a < b : c === CmpOp.LE ? a <= b : c === CmpOp.EQ ? a === b
                  : c === CmpOp.NE ? a !== b : c === CmpOp.GT ? a > b : a >= b;
              } else {
                stack[sp - 1] = compare(c, a, b);
              }
              break;
            }
            case Op.IS_OP: {
              const b = stack[--sp]!;
              const a = stack[sp - 1]!;
              stack[sp] = undefined;
              const r = a === b || isIdentical(a, b);
              stack[sp - 1] = words[ip++] ? !r : r;
              break;
            }
            case Op.CONTAINS_OP: {
              const container = stack[--sp]!;
              const item = stack[sp - 1]!;
              stack[sp] = undefined;
              const r = contains(container, item);
              stack[sp - 1] = words[ip++] ? !r : r;
              break;
            }
            case Op.JUMP_FORWARD:
              ip = words[ip];
              break;
            case Op.JUMP_BACKWARD:
              if (--st.budget <= 0) tick();
              ip = words[ip];
              break;
            case Op.POP_JUMP_IF_FALSE: {
              const v = stack[--sp]!;
              stack[sp] = undefined;
              if (v === false || (v !== true && !isTrue(v))) ip = words[ip]; else ip++;
              break;
            }
            case Op.POP_JUMP_IF_TRUE: {
              const v = stack[--sp]!;
              stack[sp] = undefined;
              if (v === true || (v !== false && isTrue(v))) ip = words[ip]; else ip++;
              break;
            }
            case Op.JUMP_IF_FALSE_OR_POP: {
              const v = stack[sp - 1]!;
              if (v === false || (v !== true && !isTrue(v))) ip = words[ip];
              else { ip++; stack[--sp] = undefined; }
              break;
            }
            case Op.JUMP_IF_TRUE_OR_POP: {
              const v = stack[sp - 1]!;
              if (v === true || (v !== false && isTrue(v))) ip = words[ip];
              else { ip++; stack[--sp] = undefined; }
              break;
            }
            case Op.POP_JUMP_IF_NONE: {
              const v = stack[--sp];
              stack[sp] = undefined;
              if (v === None) ip = words[ip]; else ip++;
              break;
            }
            case Op.POP_JUMP_IF_NOT_NONE: {
              const v = stack[--sp];
              stack[sp] = undefined;
              if (v !== None) ip = words[ip]; else ip++;
              break;
            }
            case Op.GET_ITER:
              stack[sp - 1] = getIter(stack[sp - 1]!);
              break;
            case Op.FOR_ITER: {
              const it = stack[sp - 1]!;
              const v = it instanceof PyGenerator ? it.next() : iterNext(it);
              if (v === STOP) {
                stack[--sp] = undefined;
                ip = words[ip];
              } else {
                stack[sp++] = v;
                ip++;
              }
              break;
            }
            case Op.RETURN_VALUE: {
              const v = stack[--sp]!;
              stack[sp] = undefined;
              f.sp = sp;
              f.ip = ip;
              return v;
            }
            case Op.YIELD_VALUE: {
              const v = stack[--sp]!;
              stack[sp] = undefined;
              f.sp = sp;
              f.ip = ip;
              f.suspended = true;
              return v;
            }
            case Op.GET_YIELD_FROM_ITER: {
              const v = stack[sp - 1]!;
              if (!(v instanceof PyGenerator)) stack[sp - 1] = getIter(v);
              break;
            }
            case Op.SEND: {
              const v = stack[--sp]!;
              const sub = stack[sp - 1]!;
              stack[sp] = undefined;
              const r = genSendFromSend(sub, v);
              if (r.done) {
                stack[sp - 1] = r.value;
                ip = words[ip];
              } else {
                stack[sp++] = r.value;
                ip++;
              }
              break;
            }
            case Op.GET_AWAITABLE:
              stack[sp - 1] = getAwaitable(stack[sp - 1]!);
              break;
            case Op.GET_AITER: {
              const o = stack[sp - 1]!;
              stack[sp - 1] = callMethod(o, '__aiter__', EMPTY_ARGS);
              break;
            }
            case Op.GET_ANEXT: {
              const aw = callMethod(stack[sp - 1]!, '__anext__', EMPTY_ARGS);
              stack[sp++] = getAwaitable(aw);
              break;
            }
            case Op.END_ASYNC_FOR: {
              const e = stack[--sp]!;
              stack[sp] = undefined;
              if (!isExceptionOf(e, StopAsyncIteration)) {
                reraise = true;
                throw e;
              }
              stack[--sp] = undefined;
              break;
            }
            case Op.RAISE_VARARGS: {
              const n = words[ip++];
              if (n === 0) {
                const h = st.handled;
                if (h === null) throw newRuntimeError('No active exception to reraise');
                reraise = true;
                throw h;
              }
              const cause = n === 2 ? stack[--sp]! : undefined;
              const e = stack[--sp]!;
              stack[sp] = stack[sp + 1] = undefined;
              throw normalizeRaise(e, cause);
            }
            case Op.RERAISE: {
              const e = stack[--sp]!;
              stack[sp] = undefined;
              reraise = true;
              throw e;
            }
            case Op.PUSH_EXC_INFO: {
              const e = stack[sp - 1]!;
              stack[sp - 1] = st.handled === null ? None : st.handled;
              stack[sp++] = e;
              st.handled = e;
              break;
            }
            case Op.POP_EXCEPT: {
              const prev = stack[--sp]!;
              stack[sp] = undefined;
              st.handled = prev === None ? null : prev;
              break;
            }
            case Op.CHECK_EXC_MATCH: {
              const cls = stack[sp - 1]!;
              stack[sp - 1] = checkExcMatch(stack[sp - 2]!, cls);
              break;
            }
            case Op.BEFORE_WITH: {
              const mgr = stack[sp - 1]!;
              const t = typeOf(mgr);
              const enter = t.lookup('__enter__');
              const exit = t.lookup('__exit__');
              if (enter === undefined || exit === undefined) {
                throw newTypeError(`'${t.name}' object does not support the context manager protocol`);
              }
              stack[sp - 1] = bindTo(exit, mgr, t);
              stack[sp++] = call(bindTo(enter, mgr, t), EMPTY_ARGS);
              break;
            }
            case Op.BEFORE_ASYNC_WITH: {
              const mgr = stack[sp - 1]!;
              const t = typeOf(mgr);
              const enter = t.lookup('__aenter__');
              const exit = t.lookup('__aexit__');
              if (enter === undefined || exit === undefined) {
                throw newTypeError(`'${t.name}' object does not support the asynchronous context manager protocol`);
              }
              stack[sp - 1] = bindTo(exit, mgr, t);
              stack[sp++] = call(bindTo(enter, mgr, t), EMPTY_ARGS);
              break;
            }
            case Op.WITH_EXCEPT_START: {
              const e = stack[sp - 1]!;
              const exit = stack[sp - 3]!;
              stack[sp++] = call(exit, [typeOf(e), e, tracebackOf(e)]);
              break;
            }
            case Op.LOAD_ASSERTION_ERROR:
              stack[sp++] = AssertionError;
              break;
            case Op.BUILD_TUPLE: {
              const n = words[ip++];
              const items = new Array<PyValue>(n);
              sp -= n;
              for (let i = 0; i < n; i++) { items[i] = stack[sp + i]!; stack[sp + i] = undefined; }
              stack[sp++] = new PyTuple(items);
              break;
            }
            case Op.BUILD_LIST: {
              const n = words[ip++];
              const items = new Array<PyValue>(n);
              sp -= n;
              for (let i = 0; i < n; i++) { items[i] = stack[sp + i]!; stack[sp + i] = undefined; }
              stack[sp++] = new PyList(items);
              break;
            }
            case Op.BUILD_SET: {
              const n = words[ip++];
              const s = new PySet();
              sp -= n;
              for (let i = 0; i < n; i++) { s.add(stack[sp + i]!); stack[sp + i] = undefined; }
              stack[sp++] = s;
              break;
            }
            case Op.BUILD_MAP: {
              const n = words[ip++];
              const d = new PyDict();
              sp -= 2 * n;
              for (let i = 0; i < n; i++) {
                d.set(stack[sp + 2 * i]!, stack[sp + 2 * i + 1]!);
                stack[sp + 2 * i] = stack[sp + 2 * i + 1] = undefined;
              }
              stack[sp++] = d;
              break;
            }
            case Op.BUILD_STRING: {
              const n = words[ip++];
              let s = '';
              sp -= n;
              for (let i = 0; i < n; i++) { s += stack[sp + i] as string; stack[sp + i] = undefined; }
              stack[sp++] = s;
              break;
            }
            case Op.FORMAT_VALUE: {
              const flags = words[ip++];
              const spec = (flags & 4) ? stack[--sp] : undefined;
              stack[sp] = undefined;
              stack[sp - 1] = formatValue(stack[sp - 1]!, flags, spec);
              break;
            }
            case Op.LIST_APPEND: {
              const v = stack[--sp]!;
              stack[sp] = undefined;
              (stack[sp - words[ip++]] as PyList).items.push(v);
              break;
            }
            case Op.SET_ADD: {
              const v = stack[--sp]!;
              stack[sp] = undefined;
              (stack[sp - words[ip++]] as PySet).add(v);
              break;
            }
            case Op.MAP_ADD: {
              const v = stack[--sp]!;
              const k = stack[--sp]!;
              stack[sp] = stack[sp + 1] = undefined;
              (stack[sp - words[ip++]] as PyDict).set(k, v);
              break;
            }
            case Op.LIST_EXTEND: {
              const v = stack[--sp]!;
              stack[sp] = undefined;
              const l = stack[sp - words[ip++]] as PyList;
              const items = unpackItems(v);
              for (let i = 0; i < items.length; i++) l.items.push(items[i]);
              break;
            }
            case Op.SET_UPDATE: {
              const v = stack[--sp]!;
              stack[sp] = undefined;
              const s = stack[sp - words[ip++]] as PySet;
              for (const x of toArray(v)) s.add(x);
              break;
            }
            case Op.DICT_UPDATE: {
              const v = stack[--sp]!;
              stack[sp] = undefined;
              const d = stack[sp - words[ip++]] as PyDict;
              if (!(v instanceof PyDict) && typeOf(v).lookup('keys') === undefined) {
                throw newTypeError(`'${typeOf(v).name}' object is not a mapping`);
              }
              dictUpdate(d, v);
              break;
            }
            case Op.DICT_MERGE: {
              const v = stack[--sp]!;
              stack[sp] = undefined;
              mergeKwargs(stack[sp - words[ip++]] as PyDict, v);
              break;
            }
            case Op.LIST_TO_TUPLE:
              stack[sp - 1] = new PyTuple((stack[sp - 1] as PyList).items);
              break;
            case Op.UNPACK_SEQUENCE: {
              const n = words[ip++];
              const v = stack[--sp]!;
              const items = unpackItems(v);
              if (items.length !== n) throw unpackError(n, items.length, false);
              for (let i = n - 1; i >= 0; i--) stack[sp++] = items[i];
              break;
            }
            case Op.UNPACK_EX: {
              const arg = words[ip++];
              const before = arg & 0xff;
              const after = arg >> 8;
              const v = stack[--sp]!;
              const items = unpackItems(v);
              if (items.length < before + after) throw unpackError(before + after, items.length, true);
              for (let i = items.length - 1; i >= items.length - after; i--) stack[sp++] = items[i];
              stack[sp++] = new PyList(items.slice(before, items.length - after));
              for (let i = before - 1; i >= 0; i--) stack[sp++] = items[i];
              break;
            }
            case Op.MAKE_FUNCTION: {
              const flags = words[ip++];
              const fcode = stack[--sp] as unknown as CodeObject;
              const closure = (flags & 8) ? (stack[--sp] as PyTuple).items as PyCell[] : null;
              const kwd = (flags & 2) ? stack[--sp] as PyDict : null;
              const defs = (flags & 1) ? stack[--sp] as PyTuple : null;
              const fn = new PyFunction(fcode, globals, builtins, closure);
              if (defs !== null) fn.defaults = defs.items;
              if (kwd !== null) {
                fn.kwdefaults = new Map();
                for (const [k, v] of kwd.entries()) fn.kwdefaults.set(k as string, v);
              }
              stack[sp] = stack[sp + 1] = stack[sp + 2] = stack[sp + 3] = undefined;
              stack[sp++] = fn;
              break;
            }
            case Op.KW_NAMES:
              kwnames = consts[words[ip++]] as string[];
              break;
            case Op.CALL: {
              const n = words[ip++];
              const kw = kwnames;
              kwnames = undefined;
              let base = sp - n - 2;
              let callable = stack[base];
              let nargs = n;
              if (callable === undefined) {
                callable = stack[base + 1]!;
                base += 2;
              } else {
                base += 1;
                nargs++;
              }
              // Arguments are stack[base .. base+nargs).
              let result: PyValue;
              if (callable instanceof PyFunction && kw === undefined
                  && (callable.code.flags & (CodeFlags.SIMPLE_ARGS | CodeFlags.GENERATOR | CodeFlags.COROUTINE | CodeFlags.ASYNC_GENERATOR)) === CodeFlags.SIMPLE_ARGS
                  && callable.code.argcount === nargs) {
                const fcode = callable.code;
                const frame = new Frame(fcode, callable.globals, callable.builtins, null, callable.closure);
                const fl = frame.locals;
                for (let i = 0; i < nargs; i++) fl[i] = stack[base + i];
                f.ip = ip;
                result = execute(frame, undefined);
              } else {
                const args = new Array<PyValue>(nargs);
                for (let i = 0; i < nargs; i++) args[i] = stack[base + i]!;
                f.ip = ip;
                result = call(callable, args, kw);
              }
              const bottom = sp - n - 2;
              for (let i = bottom; i < sp; i++) stack[i] = undefined;
              sp = bottom;
              stack[sp++] = result;
              break;
            }
            case Op.CALL_FUNCTION_EX: {
              const flags = words[ip++];
              const kwargs = (flags & 1) ? stack[--sp] as PyDict : null;
              const posv = stack[--sp]!;
              const callable = stack[--sp]!;
              stack[--sp] = undefined;
              stack[sp + 1] = stack[sp + 2] = stack[sp + 3] = undefined;
              const pos = posv instanceof PyList ? posv.items : toArray(posv);
              let args = pos;
              let kwn: string[] | undefined;
              if (kwargs !== null && kwargs.size > 0) {
                args = pos.slice();
                kwn = [];
                for (const [k, v] of kwargs.entries()) { kwn.push(k as string); args.push(v); }
              }
              f.ip = ip;
              stack[sp++] = call(callable, args, kwn);
              break;
            }
            case Op.LOAD_BUILD_CLASS:
              stack[sp++] = buildClassFunction;
              break;
            case Op.IMPORT_NAME: {
              const name = names[words[ip++]];
              const fromlist = stack[--sp]!;
              const level = stack[sp - 1] as number;
              stack[sp] = undefined;
              f.ip = ip;
              stack[sp - 1] = importName(name, globals, fromlist, level);
              break;
            }
            case Op.IMPORT_FROM:
              stack[sp] = importFrom(stack[sp - 1]!, names[words[ip++]]);
              sp++;
              break;
            case Op.IMPORT_STAR: {
              const mod = stack[--sp]!;
              stack[sp] = undefined;
              importStar(mod, f.localsDict ?? globals);
              break;
            }
            case Op.PRINT_EXPR: {
              const v = stack[--sp]!;
              stack[sp] = undefined;
              if (v !== None) {
                builtins.setStr('_', v);
                call(builtins.getStr('print')!, [repr(v)]);
              }
              break;
            }
            default:
              throw new Error(`bad opcode ${op} at ${ip - 1} in ${code.name}`);
          }
        }
      } catch (err) {
        const exc = asPyException(err);
        if (exc === null) throw err;
        const at = ip - 1;
        if (!reraise) {
          const tb = exc.traceback;
          // A fresh exception raised while another is being handled gets it as __context__.
          if (tb === null && st.handled !== null && st.handled !== exc && exc.context === null) exc.context = st.handled;
          addTraceback(exc, code.filename, lineForOffset(code.lineTable, at), code.name);
        }
        reraise = false;
        const h = findHandler(code.exceptionTable, at);
        if (h < 0) {
          f.sp = 0;
          f.ip = ip;
          throw exc;
        }
        const depth = code.exceptionTable[h + 3];
        while (sp > depth) stack[--sp] = undefined;
        stack[sp++] = exc;
        ip = code.exceptionTable[h + 2];
        kwnames = undefined;
      }
    }
  } finally {
    st.depth--;
    st.frame = outerFrame;
  }
}

/** Binds a dunder found on a type to its instance (without allocating for plain functions is not needed here). */
function bindTo(fn: PyValue, obj: PyValue, t: PyType): PyValue {
  const get = typeOf(fn).descrGet;
  return get === undefined ? fn : get(fn, obj, t);
}

function tracebackOf(e: PyValue): PyValue {
  return e instanceof PyBaseException && e.traceback !== null ? e.traceback : None;
}

function mergeKwargs(d: PyDict, v: PyValue): void {
  if (!(v instanceof PyDict)) {
    if (typeOf(v).lookup('keys') === undefined) throw newTypeError(`argument after ** must be a mapping, not ${typeOf(v).name}`);
    const tmp = new PyDict();
    dictUpdate(tmp, v);
    v = tmp;
  }
  for (const [k, val] of (v as PyDict).entries()) {
    if (typeof k !== 'string') throw newTypeError('keywords must be strings');
    if (d.has(k)) throw newTypeError(`function got multiple values for keyword argument '${k}'`);
    d.set(k, val);
  }
}
