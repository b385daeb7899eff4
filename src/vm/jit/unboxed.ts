// Which BINARY_OP results may stay unboxed. In `dx*dx + dy*dy` the products are read once, by the
// `+`, and nothing else can see their stack slots in between; an exact-float result there is kept
// as a raw JS double in a side variable (`f<slot>`) while the slot holds the UNBOXED marker, and
// the consumer reads the double. Only arithmetic whose float fast path is one IEEE operation
// (+, -, *, /) takes part, on either side. Between producer and consumer only instructions that
// push above the slot or rewrite slots above it may run, and no jump may enter: so the marker
// never reaches a store, a call, a yield's saved stack or an exception handler (handlers restart
// at a depth below any slot pushed inside an expression).

import { BINOP_INPLACE, Op } from '../../bytecode/opcodes';
import { BinOp } from '../../objects/core';
import { Analysis } from './analysis';

export interface UnboxedPlan {
  /** Offsets of BINARY_OPs whose float result is written unboxed. */
  producers: Set<number>;
  /** Offsets of BINARY_OPs reading an operand that may be unboxed: bit 1 left, bit 2 right. */
  consumers: Map<number, number>;
}

export const UNBOXED_LEFT = 1;
export const UNBOXED_RIGHT = 2;

/** The JS operator of a BINARY_OP argument whose exact-float case is one IEEE operation. */
export function floatOperator(n: number): string | null {
  const op = n >= BINOP_INPLACE ? n - BINOP_INPLACE : n;
  switch (op) {
    case BinOp.ADD: return '+';
    case BinOp.SUB: return '-';
    case BinOp.MUL: return '*';
    case BinOp.TRUEDIV: return '/';
    default: return null;
  }
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

export function planUnboxed(an: Analysis): UnboxedPlan {
  const producers = new Set<number>();
  const consumers = new Map<number, number>();
  const instrs = an.instrs;
  for (let p = 0; p < instrs.length; p++) {
    const ins = instrs[p];
    const d = an.depth[ins.offset];
    if (ins.op !== Op.BINARY_OP || d < 0 || floatOperator(ins.arg) === null) continue;
    const slot = d - 2;
    for (let j = p + 1; j < instrs.length; j++) {
      const next = instrs[j];
      const dj = an.depth[next.offset];
      if (an.labels.has(next.offset) || dj < 0) break;
      if (next.op === Op.BINARY_OP && floatOperator(next.arg) !== null && (dj - 2 === slot || dj - 1 === slot)) {
        producers.add(ins.offset);
        const side = dj - 2 === slot ? UNBOXED_LEFT : UNBOXED_RIGHT;
        consumers.set(next.offset, (consumers.get(next.offset) ?? 0) | side);
        break;
      }
      if (lowestSlotTouched(next.op, dj) <= slot) break;
    }
  }
  return { producers, consumers };
}
