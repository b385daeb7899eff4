// The board's Python heap as gc reports it. The host's own heap says nothing about what a game
// would use on the board, so the figures are the board's (ports/README.md: python_heap_bytes).
// Without --device-exact they are fixed: the heap less what a running game typically holds.
// With it, board-heap-guard.ts answers from an estimate of the program's live objects.

/** What gc.mem_free() and gc.mem_alloc() report. */
export interface HeapReport {
  free(): number;
  allocated(): number;
}

export class HeapBudget implements HeapReport {
  constructor(readonly total: number, private readonly inUse = 24576) {}

  free(): number {
    return this.total - this.inUse;
  }

  allocated(): number {
    return this.inUse;
  }
}
