// The VM's per-run state (CPython's thread state): call depth and recursion limit, the exception
// being handled, the tick budget that drives interrupts and the runtime's virtual clock, and the
// optional instruction trace. Natives call back into Python through objects/ops.ts `call()`,
// which cannot carry a context argument, so the running program's state is reached through
// `vm` below: one pointer, swapped by `enterRun` when a Runtime starts or resumes running.

import { PyValue } from '../objects/core';
import type { PyDict } from '../objects/dict';
import type { Frame } from './frame';
import type { ModuleFinder } from './import';

export type TraceHook = (frame: Frame, ip: number) => void;

export interface VMHooks {
  /** Called every `tickInterval` backward jumps and calls with the running total. */
  onTick?: (count: number) => void;
  tickInterval?: number;
  /** Called before every instruction when set (slow: the interpreter takes a separate path). */
  trace?: TraceHook;
}

export class VMState {
  depth = 0;
  recursionLimit = 1000;
  /** The exception an except/finally block is handling (sys.exc_info()), or null. */
  handled: PyValue | null = null;
  /** Counts down on backward jumps and calls; at zero, tick() runs. */
  budget: number;
  ticks = 0;
  interruptPending = false;
  readonly tickInterval: number;
  readonly onTick: ((count: number) => void) | undefined;
  readonly trace: TraceHook | undefined;
  /** The exception leaving a frame whose execute returned RAISED. */
  raised: PyValue | null = null;
  /** The innermost running frame (globals(), locals(), tracebacks of natives). */
  frame: Frame | null = null;

  constructor(
    readonly builtins: PyDict,
    /** sys.modules. */
    readonly modules: PyDict,
    readonly finder: ModuleFinder,
    hooks: VMHooks = {},
  ) {
    this.tickInterval = hooks.tickInterval ?? 1000;
    this.budget = this.tickInterval;
    this.onTick = hooks.onTick;
    this.trace = hooks.trace;
  }

  /** Asks the running code to raise KeyboardInterrupt at its next backward jump or call. */
  requestInterrupt(): void {
    this.interruptPending = true;
    this.budget = 0;
  }
}

/** The state of the program currently running. */
export let vm: VMState = null as unknown as VMState;

/** Makes `s` the running state; returns the previous one for the caller to restore. */
export function enterRun(s: VMState): VMState {
  const prev = vm;
  vm = s;
  return prev;
}
