// What compiled code calls at run time, beyond the object model: global and name lookup, the
// slow halves of the inlined operators, and calls. Calls return the interpreter's RAISED marker
// (the exception in vm.raised) when a Python callee raised, as execute does, and throw only
// when a native does.

import { CodeFlags } from '../../bytecode/code-object';
import { BINOP_INPLACE } from '../../bytecode/opcodes';
import { BinOp, CmpOp, KwNames, None, PyFloat, PyType, PyValue, floatType, typeOf } from '../../objects/core';
import { PyBaseException, newIndexError, newKeyError, newTypeError } from '../../objects/exceptions';
import { INDEX_OUT_OF_RANGE } from '../../objects/wording';
import { parseIntText } from '../../objects/format/int-parse';
import { invalidIntLiteral } from '../../objects/format/format-error';
import { pyErr } from '../../objects/format-bridge';
import { binaryOp, call, compare, getItem, inplaceOp, repr } from '../../objects/ops';
import { PyTuple, tupleType } from '../../objects/tuple';
import { PyList, listType } from '../../objects/list';
import { hasSurrogates } from '../../objects/str';
import { PyByteArray, PyBytes, bytearrayType, bytesType } from '../../objects/bytes';
import { PyDict, dictType } from '../../objects/dict';
import { callNative0, callNative1, callNative2, callNative3 } from '../../objects/builtin-function';
import { PyFunction } from '../../objects/function';
import { PyInstance } from '../../objects/instance';
import { sameClassBinop, sameClassCompare } from '../../objects/heap-type';
import { Frame } from '../frame';
import { bindArguments, fillPositionalDefaults, takesPositionally } from '../call-args';
import { runTaken, takeFrame } from '../spare-frame';
import { vm } from '../state';
import {
  CALL_FAST_MASK, GENERATOR_MASK, RAISED, callFunction, execute, floatArith, nameError, plainInit,
} from '../interpreter';

/** LOAD_NAME: the frame's namespace, then globals, then builtins. */
export function loadName(f: Frame, name: string): PyValue {
  let v = f.localsDict!.getStr(name);
  if (v === undefined) {
    v = f.globals.getStr(name);
    if (v === undefined) {
      v = f.builtins.getStr(name);
      if (v === undefined) throw nameError(name);
    }
  }
  return v;
}

/** What a compiled stack slot holds while its float lives unboxed in a side variable (unboxed.ts). */
export const UNBOXED: unique symbol = Symbol('unboxed float');

/**
 * BINARY_OP when the inlined int and float cases did not apply. str + str is tested first here
 * rather than inline: text built piece by piece gains as much, and every `+` of the compiled
 * code stays shorter (inline, it made nbody's main function 8% slower for V8 to compile).
 */
export function binarySlow(op: number, a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'string' && typeof b === 'string' && (op === BinOp.ADD || op === BinOp.ADD + BINOP_INPLACE)) return a + b;
  const v = floatArith(op, a, b);
  if (v !== undefined) return v;
  if (a instanceof PyInstance && b instanceof PyInstance && a.cls === b.cls) {
    return op < BINOP_INPLACE ? sameClassBinop(op, a, b, false) : sameClassBinop(op - BINOP_INPLACE, a, b, true);
  }
  // An int with a bool (`count += x > 0`) is the int operation on 0 or 1, without the reflected
  // lookup through bool's slots.
  if ((typeof a === 'boolean' ? typeof b === 'number' : typeof a === 'number' && typeof b === 'boolean')
      && op % BINOP_INPLACE !== BinOp.MATMUL) {
    const x = Number(a), y = Number(b);
    return op >= BINOP_INPLACE ? inplaceOp(op - BINOP_INPLACE, x, y) : binaryOp(op, x, y);
  }
  return op >= BINOP_INPLACE ? inplaceOp(op - BINOP_INPLACE, a, b) : binaryOp(op, a, b);
}

function floatValue(x: PyValue): number | undefined {
  if (typeof x === 'number') return x;
  if (x instanceof PyFloat && x.cls === floatType) return x.value;
  return undefined;
}

/**
 * BINARY_SUBSCR past the inlined exact list: exact tuples, bytes and bytearrays (tile maps,
 * pixel rows) by an int here, not inline, where they made every subscript's code longer. A
 * missing key of an exact dict and an int index past an exact list or tuple come back as
 * RAISED with the error in vm.raised, as a Python callee's would: `try: d[k] except KeyError`
 * is control flow, and a JS throw costs V8 more than the lookup and the handler together.
 */
export function subscrSlow(a: PyValue, b: PyValue): PyValue {
  if (typeof b === 'number') {
    if ((a instanceof PyTuple && a.cls === tupleType) || (a instanceof PyList && a.cls === listType)) {
      const i = b < 0 ? b + a.items.length : b;
      if (i >= 0 && i < a.items.length) return a.items[i];
      return raise(newIndexError(INDEX_OUT_OF_RANGE));
    } else if (a instanceof PyByteArray || a instanceof PyBytes) {
      const data = a.data;
      const i = b < 0 ? b + data.length : b;
      if ((a.cls === bytearrayType || a.cls === bytesType) && i >= 0 && i < data.length) return data[i];
    }
  } else if (a instanceof PyDict && a.cls === dictType) {
    const v = a.get(b);
    return v !== undefined ? v : raise(newKeyError(b));
  }
  return getItem(a, b);
}

/** `int(s)` of a str, parsed as int() parses it; RAISED (with int()'s ValueError) for no integer. */
export function intOfStr(s: string): PyValue {
  const v = parseIntText(s, 10);
  return v !== undefined ? v : raise(pyErr(invalidIntLiteral(10)) as PyBaseException);
}

function raise(e: PyBaseException): typeof RAISED {
  vm.raised = e;
  return RAISED;
}

/**
 * `a[lo:hi]` (BUILD_SLICE 2 and BINARY_SUBSCR, fused) for a str without surrogate pairs or an
 * exact list or tuple, with bounds that are ints or None: the part, without the slice object
 * and the type's dispatch. undefined for anything else, which goes the general way.
 */
export function sliceOf(a: PyValue, lo: PyValue, hi: PyValue): PyValue | undefined {
  if ((typeof lo !== 'number' && lo !== None) || (typeof hi !== 'number' && hi !== None)) return undefined;
  let n: number;
  if (typeof a === 'string') {
    if (hasSurrogates(a)) return undefined;
    n = a.length;
  } else if (typeof a === 'object' && (a.cls === listType || a.cls === tupleType)) {
    n = (a as PyList | PyTuple).items.length;
  } else {
    return undefined;
  }
  const i = lo === None ? 0 : clampIndex(lo as number, n);
  const j = hi === None ? n : clampIndex(hi as number, n);
  if (typeof a === 'string') return a.slice(i, j);
  const items = (a as PyList | PyTuple).items;
  return a.cls === listType ? new PyList(items.slice(i, j)) : new PyTuple(items.slice(i, j));
}

function clampIndex(k: number, n: number): number {
  return k < 0 ? Math.max(k + n, 0) : Math.min(k, n);
}

/** COMPARE_OP when the operands are not both JS numbers. */
export function compareSlow(op: number, a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'string') {
    if (typeof b === 'string' && (op === CmpOp.EQ || op === CmpOp.NE)) return (a === b) === (op === CmpOp.EQ);
  } else if (a instanceof PyInstance && b instanceof PyInstance && a.cls === b.cls) {
    const r = sameClassCompare(op, a, b);
    if (r !== undefined) return r;
  }
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const x = floatValue(a);
    const y = floatValue(b);
    if (x !== undefined && y !== undefined) {
      return op === CmpOp.LT ? x < y : op === CmpOp.LE ? x <= y : op === CmpOp.EQ ? x === y
        : op === CmpOp.NE ? x !== y : op === CmpOp.GT ? x > y : x >= y;
    }
  }
  return compare(op, a, b);
}

/** Runs a frame that a call has filled, compiled when its code is. */
function runFrame(fr: Frame): PyValue {
  const j = fr.code.jit;
  return typeof j === 'function' ? j(fr, -1) as PyValue : execute(fr, undefined);
}

/** A Python function that takes `n` plain positional arguments straight into its locals. */
function fastCallee(a: PyValue, n: number): a is PyFunction {
  return a instanceof PyFunction && (a.code.flags & CALL_FAST_MASK) === CodeFlags.SIMPLE_ARGS && a.code.argcount === n;
}

function newFrame(fn: PyFunction): Frame {
  return new Frame(fn.code, fn.globals, fn.builtins, null, fn.closure);
}

/** Every call that is not a plain positional call of a simple Python function (the interpreter's CALL). */
export function callArgs(a: PyValue, args: PyValue[], kwnames: KwNames): PyValue {
  let init: PyFunction | undefined;
  if (kwnames === undefined && a instanceof PyType && (init = plainInit(a, args.length)) !== undefined) {
    const jit = init.code.jit;
    const fr = typeof jit === 'function' ? takeFrame(init) : newFrame(init);
    const self = a.alloc!(a);
    fr.values[0] = self;
    for (let j = 0; j < args.length; j++) fr.values[j + 1] = args[j];
    fillPositionalDefaults(init, fr.values, args.length + 1);
    const r = typeof jit === 'function' ? runTaken(init, fr, jit, init.code.argcount) : runFrame(fr);
    if (r === RAISED) return RAISED;
    if (r !== None) throw newTypeError(`__init__() should return None, not '${typeOf(r).name}'`);
    return self;
  }
  if (a instanceof PyFunction) {
    // Positional arguments, the missing last ones from the defaults (`lambda x, i=i: …`).
    if ((a.code.flags & CALL_FAST_MASK) === CodeFlags.SIMPLE_ARGS && kwnames === undefined && takesPositionally(a, args.length)) {
      const jit = a.code.jit;
      const fr = typeof jit === 'function' ? takeFrame(a) : newFrame(a);
      for (let j = 0; j < args.length; j++) fr.values[j] = args[j];
      fillPositionalDefaults(a, fr.values, args.length);
      return typeof jit === 'function' ? runTaken(a, fr, jit, a.code.argcount) : runFrame(fr);
    }
    if ((a.code.flags & GENERATOR_MASK) === 0) {
      const fr = newFrame(a);
      bindArguments(a, fr.values, args, kwnames);
      if (a.code.cell2arg.length) fr.initCellArgs();
      return runFrame(fr);
    }
    // A generator (or coroutine) function: made here rather than through the type's call slot.
    return callFunction(a, args, kwnames);
  }
  return call(a, args, kwnames);
}

export function call0(a: PyValue): PyValue {
  if (fastCallee(a, 0)) {
    const j = a.code.jit;
    return typeof j === 'function' ? runTaken(a, takeFrame(a), j, 0) : runFrame(newFrame(a));
  }
  const r = callNative0(a);
  return r !== undefined ? r : callArgs(a, [], undefined);
}

export function call1(a: PyValue, x: PyValue): PyValue {
  if (fastCallee(a, 1)) {
    const j = a.code.jit;
    const fr = typeof j === 'function' ? takeFrame(a) : newFrame(a);
    fr.values[0] = x;
    return typeof j === 'function' ? runTaken(a, fr, j, 1) : runFrame(fr);
  }
  const r = callNative1(a, x);
  return r !== undefined ? r : callArgs(a, [x], undefined);
}

export function call2(a: PyValue, x: PyValue, y: PyValue): PyValue {
  if (fastCallee(a, 2)) {
    const j = a.code.jit;
    const fr = typeof j === 'function' ? takeFrame(a) : newFrame(a);
    const v = fr.values;
    v[0] = x;
    v[1] = y;
    return typeof j === 'function' ? runTaken(a, fr, j, 2) : runFrame(fr);
  }
  const r = callNative2(a, x, y);
  return r !== undefined ? r : callArgs(a, [x, y], undefined);
}

export function call3(a: PyValue, x: PyValue, y: PyValue, z: PyValue): PyValue {
  if (fastCallee(a, 3)) {
    const j = a.code.jit;
    const fr = typeof j === 'function' ? takeFrame(a) : newFrame(a);
    const v = fr.values;
    v[0] = x;
    v[1] = y;
    v[2] = z;
    return typeof j === 'function' ? runTaken(a, fr, j, 3) : runFrame(fr);
  }
  const r = callNative3(a, x, y, z);
  return r !== undefined ? r : callArgs(a, [x, y, z], undefined);
}

/** PRINT_EXPR (the REPL's expression statements). */
export function printExpr(builtins: PyDict, v: PyValue): void {
  if (v === None) return;
  builtins.setStr('_', v);
  call(builtins.getStr('print')!, [repr(v)]);
}
