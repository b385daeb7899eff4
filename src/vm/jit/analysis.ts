// What the translator needs to know about a code object before writing JS: its instructions
// decoded, the value-stack depth before each reachable one (static in this bytecode, as in
// CPython's), which offsets are entered by a jump or a handler (they become `case` labels), and
// whether the code may be compiled at all.

import { CodeFlags, CodeObject, findHandler } from '../../bytecode/code-object';
import { OPCODES, Op, instrSize, stackEffect } from '../../bytecode/opcodes';

export interface Instr {
  offset: number;
  op: Op;
  /** First and second operand (0 when absent). */
  arg: number;
  arg2: number;
  /** Offset of the next instruction. */
  next: number;
}

export interface Analysis {
  instrs: Instr[];
  /** Stack depth before the instruction at each offset; -1 where unreachable. */
  depth: Int32Array;
  /** Offsets reached other than by falling through: jump targets, handler entries, resumption after a yield. */
  labels: Set<number>;
  /** Targets of backward jumps, where a running interpreter frame may switch to compiled code. */
  loopHeads: Set<number>;
  maxDepth: number;
}

/** Instructions that never fall through to the next one. */
const ENDS_BLOCK = new Set<Op>([Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.RETURN_VALUE, Op.RAISE_VARARGS, Op.RERAISE]);

/** Instructions with a jump operand (the first operand). */
function isJump(op: Op): boolean {
  return OPCODES[op].jumpEffect !== undefined;
}

/**
 * Builtins that read the running frame's variables through vm.frame: a compiled frame keeps its
 * locals in JS variables, so code naming them stays in the interpreter.
 */
const FRAME_READERS = new Set(['locals', 'vars', 'dir', 'eval', 'exec']);

/** `async for` and `async with`: rare enough in games to leave to the interpreter. */
const ASYNC_ITERATION = new Set<Op>([Op.GET_AITER, Op.GET_ANEXT, Op.END_ASYNC_FOR, Op.BEFORE_ASYNC_WITH]);

export function decode(code: CodeObject): Instr[] {
  const w = code.code;
  const out: Instr[] = [];
  for (let ip = 0; ip < w.length;) {
    const op = w[ip] as Op;
    const size = instrSize(op);
    out.push({ offset: ip, op, arg: size > 1 ? w[ip + 1] : 0, arg2: size > 2 ? w[ip + 2] : 0, next: ip + size });
    ip += size;
  }
  return out;
}

/** Why `code` cannot be compiled, or null when it can. */
export function declineReason(code: CodeObject, instrs: Instr[]): string | null {
  if (code.flags & CodeFlags.ASYNC_GENERATOR) return 'asynchronous generator';
  for (const ins of instrs) {
    if (ASYNC_ITERATION.has(ins.op)) return `opcode ${OPCODES[ins.op].name}`;
    if ((ins.op === Op.LOAD_GLOBAL || ins.op === Op.LOAD_NAME) && FRAME_READERS.has(code.names[ins.arg])) {
      return `reads its frame through ${code.names[ins.arg]}()`;
    }
  }
  return null;
}

export function analyze(code: CodeObject, instrs: Instr[]): Analysis {
  const size = code.code.length;
  const depth = new Int32Array(size + 1).fill(-1);
  const byOffset = new Map<number, Instr>();
  for (const ins of instrs) byOffset.set(ins.offset, ins);
  const labels = new Set<number>([0]);
  const loopHeads = new Set<number>();
  const work: number[] = [];
  let maxDepth = 0;
  const reach = (offset: number, d: number): void => {
    if (depth[offset] === -1) {
      depth[offset] = d;
      work.push(offset);
    } else if (depth[offset] !== d) {
      throw new Error(`inconsistent stack depth at ${offset} in ${code.qualname}`);
    }
  };
  const table = code.exceptionTable;
  for (let i = 0; i < table.length; i += 4) labels.add(table[i + 2]);
  reach(0, 0);
  for (;;) {
    while (work.length) {
      const ins = byOffset.get(work.pop()!)!;
      const d = depth[ins.offset];
      if (d > maxDepth) maxDepth = d;
      if (ins.op === Op.YIELD_VALUE) labels.add(ins.next);
      if (isJump(ins.op)) {
        labels.add(ins.arg);
        if (ins.op === Op.JUMP_BACKWARD) loopHeads.add(ins.arg);
        reach(ins.arg, d + stackEffect(ins.op, ins.arg, true));
      }
      if (!ENDS_BLOCK.has(ins.op)) {
        const after = d + stackEffect(ins.op, ins.arg, false);
        if (after > maxDepth) maxDepth = after;
        if (ins.next < size) reach(ins.next, after);
      }
    }
    // A handler is reachable once some instruction it covers is; it starts with the exception pushed.
    let more = false;
    for (let i = 0; i < table.length; i += 4) {
      const h = table[i + 2];
      if (depth[h] !== -1) continue;
      for (let o = table[i]; o < table[i + 1]; o++) {
        if (depth[o] !== -1) { reach(h, table[i + 3] + 1); more = true; break; }
      }
    }
    if (!more) break;
  }
  return { instrs, depth, labels, loopHeads, maxDepth };
}

/**
 * For each reachable offset, which fast locals are bound on every path to it (1 = bound), so
 * LOAD_FAST there needs no unbound test. Parameters start bound unless a cell took them over.
 */
export function boundLocals(code: CodeObject, an: Analysis): (Uint8Array | undefined)[] {
  const nl = code.varnames.length;
  const params = code.argcount + code.kwonlyargcount
    + (code.flags & CodeFlags.VARARGS ? 1 : 0) + (code.flags & CodeFlags.VARKEYWORDS ? 1 : 0);
  const entry = new Uint8Array(nl);
  for (let i = 0; i < params; i++) entry[i] = 1;
  for (let i = 0; i < code.cell2arg.length; i++) if (code.cell2arg[i] >= 0) entry[code.cell2arg[i]] = 0;
  const byOffset = new Map<number, Instr>();
  for (const ins of an.instrs) byOffset.set(ins.offset, ins);
  const state: (Uint8Array | undefined)[] = new Array(code.code.length);
  const table = code.exceptionTable;
  const work: number[] = [];
  const flow = (offset: number, bound: Uint8Array): void => {
    const old = state[offset];
    if (old === undefined) {
      state[offset] = bound.slice();
      work.push(offset);
      return;
    }
    let changed = false;
    for (let i = 0; i < nl; i++) if (old[i] && !bound[i]) { old[i] = 0; changed = true; }
    if (changed) work.push(offset);
  };
  flow(0, entry);
  while (work.length) {
    const ins = byOffset.get(work.pop()!)!;
    const before = state[ins.offset]!;
    const h = findHandler(table, ins.offset);
    if (h >= 0) flow(table[h + 2], before);
    let after = before;
    if (ins.op === Op.STORE_FAST || ins.op === Op.DELETE_FAST) {
      after = before.slice();
      after[ins.arg] = ins.op === Op.STORE_FAST ? 1 : 0;
    }
    if (isJump(ins.op)) flow(ins.arg, after);
    if (!ENDS_BLOCK.has(ins.op) && ins.next < code.code.length) flow(ins.next, after);
  }
  return state;
}