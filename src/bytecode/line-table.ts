// Maps instruction offsets to source lines: sorted (offset, line) pairs, one per change of line,
// searched only when a traceback or trace hook asks, so the hot loop never touches it.

export class LineTableBuilder {
  private pairs: number[] = [];

  /** Records that the instructions from `offset` on come from `line`. */
  mark(offset: number, line: number): void {
    const p = this.pairs;
    const n = p.length;
    if (n > 0 && p[n - 1] === line) return;
    if (n > 0 && p[n - 2] === offset) { p[n - 1] = line; return; }
    p.push(offset, line);
  }

  finish(): Int32Array {
    return Int32Array.from(this.pairs);
  }
}

/** The source line of the instruction at `offset` (0 when the table is empty). */
export function lineForOffset(table: Int32Array, offset: number): number {
  let lo = 0;
  let hi = (table.length >> 1) - 1;
  let line = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (table[mid * 2] <= offset) { line = table[mid * 2 + 1]; lo = mid + 1; } else hi = mid - 1;
  }
  return line;
}
