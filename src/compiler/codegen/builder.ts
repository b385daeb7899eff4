// Assembles one code object: appends instructions, resolves labels, tracks the static stack
// depth (for the frame's stack size and each handler's unwind depth), dedupes constants and
// names, numbers inline-cache sites, and records line and exception tables.

import { CodeObject } from '../../bytecode/code-object';
import { LineTableBuilder } from '../../bytecode/line-table';
import { OPCODES, Op, stackEffect } from '../../bytecode/opcodes';

export class Label {
  /** Offset once placed, -1 before. */
  offset = -1;
  /** Static stack depth expected at the label (from the first jump to it). */
  depth = -1;
  /** Jump operand positions waiting for this label. */
  readonly uses: number[] = [];
}

/** An active exception handler: instructions emitted while it is innermost jump to it. */
export interface Handler {
  label: Label;
  depth: number;
}

/** Instructions after which control never falls through. */
const TERMINAL = new Set<number>([
  Op.JUMP_FORWARD, Op.JUMP_BACKWARD, Op.RETURN_VALUE, Op.RAISE_VARARGS, Op.RERAISE,
]);

export class CodeBuilder {
  private words: number[] = [];
  private consts: unknown[] = [];
  private constKeys = new Map<unknown, number>();
  private names: string[] = [];
  private nameIndex = new Map<string, number>();
  private lines = new LineTableBuilder();
  private ncaches = 0;
  depth = 0;
  private maxDepth = 0;
  /** Code after a terminal instruction and before the next label is unreachable. */
  private reachable = true;
  // Exception table under construction: one run per change of innermost handler.
  private handlers: (Handler | null)[] = [null];
  private runs: number[] = [];
  private runStart = 0;
  private runLabels: Label[] = [];
  line = 0;

  get offset(): number { return this.words.length; }

  emit(op: Op, arg = 0, arg2 = 0): void {
    const info = OPCODES[op];
    const n = info.operands.length;
    this.lines.mark(this.words.length, this.line);
    this.words.push(op);
    if (n >= 1) this.words.push(info.operands[0] === 'cache' ? this.ncaches++ : arg);
    if (n >= 2) this.words.push(info.operands[1] === 'cache' ? this.ncaches++ : arg2);
    if (!this.reachable) return;
    this.depth += stackEffect(op, arg, false);
    if (this.depth > this.maxDepth) this.maxDepth = this.depth;
    if (TERMINAL.has(op)) this.reachable = false;
  }

  /** Emits a jumping instruction to label (its only operand). */
  jump(op: Op, label: Label): void {
    const before = this.depth;
    this.lines.mark(this.words.length, this.line);
    this.words.push(op);
    label.uses.push(this.words.length);
    this.words.push(label.offset);
    if (!this.reachable) return;
    const taken = before + stackEffect(op, 0, true);
    if (label.depth < 0) label.depth = taken;
    this.depth = before + stackEffect(op, 0, false);
    if (this.depth > this.maxDepth) this.maxDepth = this.depth;
    if (TERMINAL.has(op)) this.reachable = false;
  }

  place(label: Label): void {
    label.offset = this.words.length;
    for (const u of label.uses) this.words[u] = label.offset;
    if (!this.reachable) {
      this.depth = label.depth < 0 ? this.depth : label.depth;
      this.reachable = true;
    } else if (label.depth < 0) label.depth = this.depth;
  }

  /** Places a handler label: the VM pushes the exception on entry. */
  placeHandler(h: Handler): void {
    this.reachable = false;
    h.label.depth = h.depth + 1;
    this.place(h.label);
    if (this.depth > this.maxDepth) this.maxDepth = this.depth;
  }

  /** Starts covering emitted code with a new innermost handler at the current depth. */
  pushHandler(label: Label, depth = this.depth): Handler {
    const h = { label, depth };
    this.switchHandler(() => this.handlers.push(h));
    return h;
  }

  popHandler(): void {
    this.switchHandler(() => this.handlers.pop());
  }

  /** Runs f with the handler stack cut down to `keep` entries (code inlined on the way out of try blocks). */
  withHandlersCut<T>(keep: number, f: () => T): T {
    const saved = this.handlers.slice(keep);
    this.switchHandler(() => { this.handlers.length = keep; });
    try { return f(); } finally { this.switchHandler(() => this.handlers.push(...saved)); }
  }

  get handlerCount(): number { return this.handlers.length; }

  private switchHandler(change: () => void): void {
    const before = this.handlers[this.handlers.length - 1];
    change();
    const after = this.handlers[this.handlers.length - 1];
    if (before === after) return;
    this.closeRun(before);
    this.runStart = this.words.length;
  }

  private closeRun(h: Handler | null): void {
    if (h && this.words.length > this.runStart) {
      // The handler offset is patched in finish(): labels may still be unplaced.
      this.runs.push(this.runStart, this.words.length, 0, h.depth);
      this.runLabels.push(h.label);
    }
  }

  constIndex(value: unknown, key: unknown = value): number {
    let i = this.constKeys.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(value);
      this.constKeys.set(key, i);
    }
    return i;
  }

  /** A constant that is never shared with an equal one (code objects, tuples of kw names). */
  uniqueConst(value: unknown): number {
    this.consts.push(value);
    return this.consts.length - 1;
  }

  nameIdx(name: string): number {
    let i = this.nameIndex.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, i);
    }
    return i;
  }

  finish(info: {
    name: string; qualname: string; filename: string; firstLineNo: number; varnames: string[];
    cellvars: string[]; freevars: string[]; argcount: number; posonlyargcount: number;
    kwonlyargcount: number; flags: number; docstring: string | null;
  }): CodeObject {
    this.closeRun(this.handlers[this.handlers.length - 1]);
    const table = Int32Array.from(this.runs);
    this.runLabels.forEach((l, i) => { table[i * 4 + 2] = l.offset; });
    const cell2arg = Int32Array.from(info.cellvars.map((c) => info.varnames.indexOf(c) < countArgs(info) ? info.varnames.indexOf(c) : -1));
    return new CodeObject(
      info.name, info.qualname, info.filename, info.firstLineNo, Int32Array.from(this.words),
      this.consts, this.names, info.varnames, info.cellvars, info.freevars, cell2arg, info.argcount,
      info.posonlyargcount, info.kwonlyargcount, info.flags, this.maxDepth + 1, table,
      this.lines.finish(), this.ncaches, info.docstring,
    );
  }
}

function countArgs(info: { argcount: number; kwonlyargcount: number; flags: number }): number {
  return info.argcount + info.kwonlyargcount + (info.flags & 4 ? 1 : 0) + (info.flags & 8 ? 1 : 0);
}
