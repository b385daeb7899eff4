// Which float results may stay unboxed. In `dx*dx + dy*dy` the products are read once, by the
// `+`, and nothing else can see their stack slots in between; an exact-float result there is kept
// as a raw JS double in a side variable (`f<slot>`) while the slot holds the UNBOXED marker, and
// the consumer reads the double. Only arithmetic whose float fast path is one IEEE operation
// (+, -, *, /, and ** by 0.5 or 2) takes part, on either side. Between producer and consumer only instructions that
// push above the slot or rewrite slots above it may run, and no jump may enter: so a slot's marker
// never reaches a call, a yield's saved stack or an exception handler (handlers restart at a depth
// below any slot pushed inside an expression).
//
// A result stored straight into a local (`dx = b[0] - c[0]`) stays raw too: the local holds the
// marker and its double sits in `d<local>`. A later LOAD_FAST read by float arithmetic passes the
// double on; any other read boxes it first, once (the box then stays in the local), and so does a
// yield, which saves the locals into the frame. Locals are never read elsewhere while compiled
// code runs (analysis.ts declines code that names locals() and the like).

import { BINOP_INPLACE, Op } from '../../bytecode/opcodes';
import { BinOp } from '../../objects/core';
import { Analysis, Instr } from './analysis';

export interface UnboxedPlan {
  /** Offsets of BINARY_OPs and LOAD_FASTs whose pushed float may be written unboxed. */
  producers: Set<number>;
  /** Offsets of BINARY_OPs reading an operand that may be unboxed: bit 1 left, bit 2 right. */
  consumers: Map<number, number>;
  /** Offsets of STORE_FASTs that keep an unboxed result unboxed in the local's side variable. */
  stores: Set<number>;
  /** Locals that may hold the UNBOXED marker, their double in a side variable (`d<i>`). */
  floatLocals: Set<number>;
}

export const UNBOXED_LEFT = 1;
export const UNBOXED_RIGHT = 2;

/**
 * The exact-float case of a BINARY_OP argument when it is one IEEE operation: the condition on
 * the operands' doubles `x` and `y` (after both are known floats) and the JS giving the result.
 * `x ** 0.5` of a positive x is the correctly rounded square root, as floatPow gives it; `x ** 2`
 * is one multiplication, while finite (floatPow raises OverflowError past that). Only POW takes
 * an int right operand (its 2) as well.
 */
export interface FloatArithmetic {
  guard: string;
  result: string;
}

const FLOAT_ARITHMETIC = new Map<BinOp, FloatArithmetic>([
  [BinOp.ADD, { guard: 'true', result: 'x + y' }],
  [BinOp.SUB, { guard: 'true', result: 'x - y' }],
  [BinOp.MUL, { guard: 'true', result: 'x * y' }],
  [BinOp.TRUEDIV, { guard: 'y !== 0', result: 'x / y' }],
  [BinOp.POW, { guard: '(y === 0.5 ? x > 0 : y === 2 && x * x < Infinity)', result: '(y === 2 ? x * x : Math.sqrt(x))' }],
]);

export function floatArithmetic(n: number): FloatArithmetic | null {
  return FLOAT_ARITHMETIC.get(n >= BINOP_INPLACE ? n - BINOP_INPLACE : n) ?? null;
}

/** lowest stack slot an instruction between producer and consumer may touch, or -1 if it may not appear there. */
function lowestSlotTouched(op: Op, depth: number): number {
  switch (op) {
    case Op.LOAD_FAST: case Op.LOAD_CONST: case Op.LOAD_DEREF: case Op.LOAD_GLOBAL: case Op.PUSH_NULL:
      return depth;
    case Op.LOAD_ATTR: case Op.UNARY_NEGATIVE:
      return depth - 1;
    case Op.BINARY_OP: case Op.BINARY_SUBSCR:
      return depth - 2;
    default:
      return -1;
  }
}

/**
 * The instruction that next reads `slot`, pushed by instrs[p], when it may take a raw double: a
 * float BINARY_OP (with the side it reads) or, if `toLocal`, a STORE_FAST popping it. Null when
 * anything else may see the slot first.
 */
function rawReader(an: Analysis, p: number, slot: number, toLocal: boolean): { at: number; side: number } | null {
  const instrs = an.instrs;
  for (let j = p + 1; j < instrs.length; j++) {
    const next = instrs[j];
    const dj = an.depth[next.offset];
    if (an.labels.has(next.offset) || dj < 0) return null;
    if (next.op === Op.BINARY_OP && floatArithmetic(next.arg) !== null && (dj - 2 === slot || dj - 1 === slot)) {
      return { at: j, side: dj - 2 === slot ? UNBOXED_LEFT : UNBOXED_RIGHT };
    }
    if (toLocal && next.op === Op.STORE_FAST && dj - 1 === slot) return { at: j, side: 0 };
    if (lowestSlotTouched(next.op, dj) <= slot) return null;
  }
  return null;
}

/** Whether instrs[j] pushes an int constant. */
function intConstant(instrs: Instr[], j: number, consts: readonly unknown[]): boolean {
  return j >= 0 && instrs[j].op === Op.LOAD_CONST && typeof consts[instrs[j].arg] === 'number';
}

/**
 * Whether a BINARY_OP at p looks like int arithmetic: an int constant as its right operand, or
 * as its left one when the right is a single load (`r - 1`, `1 - r`, `i += 1`).
 */
function intArithmetic(instrs: Instr[], p: number, consts: readonly unknown[]): boolean {
  if (intConstant(instrs, p - 1, consts)) return true;
  const right = instrs[p - 1]?.op;
  return (right === Op.LOAD_FAST || right === Op.LOAD_CONST) && intConstant(instrs, p - 2, consts);
}

export function planUnboxed(an: Analysis, consts: readonly unknown[]): UnboxedPlan {
  const plan: UnboxedPlan = { producers: new Set(), consumers: new Map(), stores: new Set(), floatLocals: new Set() };
  const instrs = an.instrs;
  // Counters and indexes (`i = 0`, `r -= 1`) stay plain locals: the marker tests on their every
  // read cost int code more than boxing would save (fannkuch 20%).
  const intLocals = new Set<number>();
  for (let p = 1; p < instrs.length; p++) {
    if (instrs[p].op === Op.STORE_FAST && intConstant(instrs, p - 1, consts)) intLocals.add(instrs[p].arg);
  }
  const read = (p: number, r: { at: number; side: number }): void => {
    plan.producers.add(instrs[p].offset);
    const c = instrs[r.at];
    if (r.side === 0) {
      plan.stores.add(c.offset);
      plan.floatLocals.add(c.arg);
    } else {
      plan.consumers.set(c.offset, (plan.consumers.get(c.offset) ?? 0) | r.side);
    }
  };
  for (let p = 0; p < instrs.length; p++) {
    const ins = instrs[p];
    const d = an.depth[ins.offset];
    if (ins.op !== Op.BINARY_OP || d < 0 || floatArithmetic(ins.arg) === null) continue;
    const r = rawReader(an, p, d - 2, !intArithmetic(instrs, p, consts));
    if (r !== null && (r.side !== 0 || !intLocals.has(instrs[r.at].arg))) read(p, r);
  }
  // A local stored unboxed is read unboxed wherever its reader is float arithmetic; other reads box it.
  for (let p = 0; p < instrs.length; p++) {
    const ins = instrs[p];
    const d = an.depth[ins.offset];
    if (ins.op !== Op.LOAD_FAST || d < 0 || !plan.floatLocals.has(ins.arg)) continue;
    const r = rawReader(an, p, d, false);
    if (r !== null) read(p, r);
  }
  return plan;
}
