// keypad.ShiftRegisterKeys: keys read serially through shift registers (74HC165 on PyBadge and
// PyGamer) by toggling latch and clock pins. reference: keypad.md, ShiftRegisterKeys.
import { DigitalPin, KeypadClock } from './pins';
import { Scanner, ScannerOptions } from './scanner';

export interface ShiftRegisterKeysOptions extends ScannerOptions {
  /** Bits to read from each data pin, in the order of `data`. */
  keyCounts: readonly number[];
  valueWhenPressed: boolean;
  /** The latch level at which the register holds its inputs (74HC165: true). */
  valueToLatch?: boolean;
}

export class ShiftRegisterKeys extends Scanner {
  private readonly keyCounts: readonly number[];
  private readonly valueWhenPressed: boolean;
  private readonly valueToLatch: boolean;
  /** First key number of each data pin's register. */
  private readonly firstKey: number[] = [];

  constructor(
    clock: KeypadClock,
    private readonly clockPin: DigitalPin,
    private readonly data: readonly DigitalPin[],
    private readonly latch: DigitalPin,
    opts: ShiftRegisterKeysOptions,
  ) {
    super(clock, opts.keyCounts.reduce((a, b) => a + b, 0), opts);
    this.keyCounts = opts.keyCounts;
    this.valueWhenPressed = opts.valueWhenPressed;
    this.valueToLatch = opts.valueToLatch ?? true;
    let first = 0;
    for (const n of this.keyCounts) {
      this.firstKey.push(first);
      first += n;
    }
    clockPin.switchToOutput(false);
    latch.switchToOutput(true);
    for (const pin of data) pin.switchToInput(null);
    this.start();
  }

  protected scan(timestamp: number): void {
    this.latch.value = this.valueToLatch;
    const longest = Math.max(...this.keyCounts);
    for (let bit = 0; bit < longest; bit++) {
      this.clockPin.value = false;
      // Bit 0 is on the data pins before the first clock pulse.
      for (let d = 0; d < this.data.length; d++) {
        if (bit < this.keyCounts[d]) {
          this.report(this.firstKey[d] + bit, this.data[d].value === this.valueWhenPressed, timestamp);
        }
      }
      this.clockPin.value = true;
    }
    this.latch.value = !this.valueToLatch;
  }
}
