// JS text for the instructions whose translation is more than a line: BINARY_OP with its fast
// paths, and the rare instructions that call a vm/cold-ops.ts helper on a small array holding
// the top stack slots (the helpers take the interpreter's stack array and stack pointer).

import { BINOP_INPLACE, OPCODES, Op } from '../../bytecode/opcodes';
import { BinOp } from '../../objects/core';
import { Instr } from './analysis';
import { floatArithmetic } from './unboxed';

/** Thrown when an instruction has no translation; the code then stays in the interpreter. */
export class Untranslatable extends Error {}

/** Stack-array helpers (vm/cold-ops.ts) called on a window of the top `k` slots. */
export function windowSize(ins: Instr): number {
  switch (ins.op) {
    case Op.BUILD_SET: return ins.arg;
    case Op.BUILD_MAP: return 2 * ins.arg;
    case Op.FORMAT_VALUE: return ins.arg & 4 ? 2 : 1;
    case Op.UNPACK_EX: case Op.BEFORE_WITH: return 1;
    case Op.MAKE_FUNCTION: return 1 + (ins.arg & 1) + ((ins.arg >> 1) & 1) + ((ins.arg >> 3) & 1);
    case Op.CALL_FUNCTION_EX: return 3 + (ins.arg & 1);
    case Op.WITH_EXCEPT_START: return 3;
    default: return -1;
  }
}

export function windowCall(ins: Instr): string {
  switch (ins.op) {
    case Op.BUILD_SET: return `buildSet(w, ${ins.arg}, ${ins.arg})`;
    case Op.BUILD_MAP: return `buildMap(w, ${2 * ins.arg}, ${ins.arg})`;
    case Op.FORMAT_VALUE: return `formatValue(w, ${windowSize(ins)}, ${ins.arg})`;
    case Op.UNPACK_EX: return `unpackEx(w, 1, ${ins.arg})`;
    case Op.BEFORE_WITH: return 'beforeWith(w, 1, false)';
    case Op.MAKE_FUNCTION: return `makeFunction(w, ${windowSize(ins)}, ${ins.arg}, G, B)`;
    case Op.CALL_FUNCTION_EX: return `callEx(w, ${windowSize(ins)}, ${ins.arg})`;
    case Op.WITH_EXCEPT_START: return 'withExceptStart(w, 3)';
    default: throw new Untranslatable(OPCODES[ins.op].name);
  }
}

/**
 * Side variables of a BINARY_OP's operands and result that may hold raw doubles (unboxed.ts):
 * null where the slot always holds a Python value.
 */
export interface UnboxedSlots {
  left: string | null;
  right: string | null;
  out: string | null;
}

const exactFloat = (x: string, raw: string | null, into: string): string => {
  const boxed = `typeof ${x} === 'object' && ${x}.cls === floatType && (${into} = ${x}.value, true)`;
  return raw === null ? boxed : `(${x} === UNBOXED ? (${into} = ${raw}, true) : ${boxed})`;
};

/** BINARY_OP with the interpreter's int fast path (and exact floats) inlined for this operator. */
export function binaryOp(n: number, left: string, right: string, slowSite: () => string, unboxed: UnboxedSlots): string {
  const op = n >= BINOP_INPLACE ? n - BINOP_INPLACE : n;
  const nums = `typeof a === 'number' && typeof b === 'number'`;
  const safe = `v <= 9007199254740991 && v >= -9007199254740991`;
  let fast: string | null = null;
  switch (op) {
    case BinOp.ADD: fast = `${nums} && (v = a + b, ${safe})`; break;
    case BinOp.SUB: fast = `${nums} && (v = a - b, ${safe})`; break;
    case BinOp.MUL: fast = `${nums} && (v = a * b + 0, ${safe})`; break;
    case BinOp.AND: fast = `${nums} && (a | 0) === a && (b | 0) === b && (v = a & b, true)`; break;
    case BinOp.OR: fast = `${nums} && (a | 0) === a && (b | 0) === b && (v = a | b, true)`; break;
    case BinOp.XOR: fast = `${nums} && (a | 0) === a && (b | 0) === b && (v = a ^ b, true)`; break;
    case BinOp.RSHIFT: fast = `${nums} && (a | 0) === a && b >= 0 && b < 32 && (v = a >> b, true)`; break;
    case BinOp.LSHIFT: fast = `${nums} && a >= 0 && a < 0x100000 && b >= 0 && b < 11 && (v = a << b, true)`; break;
    case BinOp.FLOORDIV: fast = `${nums} && b > 0 && a >= 0 && (v = Math.floor(a / b), true)`; break;
    case BinOp.MOD: fast = `${nums} && b > 0 && a >= 0 && (v = a % b, true)`; break;
    case BinOp.POW: fast = `${nums} && b === 2 && (v = a * a, ${safe})`; break;
    default: break;
  }
  const float = floatArithmetic(n);
  let s = `a = ${left}; b = ${right}; `;
  // Ints first (the marker is no JS number, so an unboxed operand never takes their path): the
  // locals that may hold floats include every local assigned arithmetic, `i = i + 1` too.
  if (fast !== null) s += `if (${fast}) ${left} = v; else `;
  if (float === null) {
    s += `{ ${slowSite()}${left} = binarySlow(${n}, a, b); }`;
    return s;
  }
  const result = unboxed.out === null
    ? `${left} = new PyFloat(${float.result});`
    : `${unboxed.out} = floatValue(${float.result}); ${left} = UNBOXED;`;
  const rightFloat = op === BinOp.POW
    ? `(typeof b === 'number' ? (y = b, true) : ${exactFloat('b', unboxed.right, 'y')})`
    : exactFloat('b', unboxed.right, 'y');
  s += `if (${exactFloat('a', unboxed.left, 'x')} && ${rightFloat} && ${float.guard}) { ${result} } else { `;
  // Once one operand is a float, what is left is boxing the marked ones for binarySlow.
  if (unboxed.left !== null) s += `if (a === UNBOXED) a = new PyFloat(${unboxed.left}); `;
  if (unboxed.right !== null) s += `if (b === UNBOXED) b = new PyFloat(${unboxed.right}); `;
  s += `{ ${slowSite()}${left} = binarySlow(${n}, a, b); } }`;
  return s;
}
