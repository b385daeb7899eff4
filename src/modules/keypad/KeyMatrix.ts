// keypad.KeyMatrix: rows × columns of keys with diodes; key number = row * columns + column.
// reference: keypad.md, KeyMatrix.
import { DigitalPin, KeypadClock } from './pins';
import { Scanner, ScannerOptions } from './scanner';

export interface KeyMatrixOptions extends ScannerOptions {
  /** True when the diodes' anodes face the columns: rows are driven low, columns pulled up. */
  columnsToAnodes?: boolean;
}

export class KeyMatrix extends Scanner {
  private readonly columnsToAnodes: boolean;

  constructor(
    clock: KeypadClock,
    private readonly rows: readonly DigitalPin[],
    private readonly columns: readonly DigitalPin[],
    opts: KeyMatrixOptions,
  ) {
    super(clock, rows.length * columns.length, opts);
    this.columnsToAnodes = opts.columnsToAnodes ?? true;
    const pull = this.columnsToAnodes ? 'up' : 'down';
    for (const pin of [...rows, ...columns]) pin.switchToInput(pull);
    this.start();
  }

  rowColumnToKeyNumber(row: number, column: number): number {
    return row * this.columns.length + column;
  }

  keyNumberToRowColumn(keyNumber: number): [number, number] {
    return [Math.floor(keyNumber / this.columns.length), keyNumber % this.columns.length];
  }

  protected scan(timestamp: number): void {
    const idle = this.columnsToAnodes;
    for (let r = 0; r < this.rows.length; r++) {
      // Drive one row to the active level; a pressed key pulls its column to it.
      const row = this.rows[r];
      row.switchToOutput(!idle);
      for (let c = 0; c < this.columns.length; c++) {
        this.report(this.rowColumnToKeyNumber(r, c), this.columns[c].value !== idle, timestamp);
      }
      // Back to the resting level before letting the pull take over, as the board does.
      row.value = idle;
      row.switchToInput(idle ? 'up' : 'down');
    }
  }
}
