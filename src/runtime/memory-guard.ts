// Runaway memory ends in MemoryError, as on the board, before V8 would abort the whole process:
// the heap is checked every few hundred background ticks against a budget well below V8's limit.
import { getHeapStatistics } from 'node:v8';

/** Checks between bytecodes are cheap but not free: one heap reading per this many ticks. */
const TICKS_PER_CHECK = 8;

/** A game needs a tiny fraction of this (the board has 192 KB); a program past it is runaway. */
const DEFAULT_BUDGET_MB = 768;

export class MemoryGuard {
  private countdown = TICKS_PER_CHECK;
  readonly budgetBytes: number;

  /** CPYGAME_HEAP_MB overrides the budget (the tests use a small one). */
  constructor(budgetMB = Number(process.env.CPYGAME_HEAP_MB) || DEFAULT_BUDGET_MB) {
    // Never more than half of V8's own limit: the rest is for the collector and cpygame itself.
    this.budgetBytes = Math.min(budgetMB * 1024 * 1024, Math.floor(getHeapStatistics().heap_size_limit / 2));
  }

  /** Bytes in use beyond the budget, or 0; call from every background tick. */
  overBudget(): number {
    if (--this.countdown > 0) return 0;
    this.countdown = TICKS_PER_CHECK;
    // Typed arrays (bitmaps, bytearrays) live outside the JS heap: count them too.
    const stats = getHeapStatistics();
    const used = stats.used_heap_size + stats.external_memory;
    return used > this.budgetBytes ? used : 0;
  }
}
