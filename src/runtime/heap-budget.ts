// The board's Python heap as gc reports it. The host's own heap says nothing about what a game
// would use on the board, so the figures are the board's: a SAMD51J19 leaves about 160 KB to
// Python after the firmware's own use, of which a running game holds some.
export class HeapBudget {
  constructor(readonly total = 163840, private readonly inUse = 24576) {}

  free(): number {
    return this.total - this.inUse;
  }

  allocated(): number {
    return this.inUse;
  }
}
