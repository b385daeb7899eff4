// keypad.Keys: one pin per key; key number = index in `pins`. reference: keypad.md, Keys.
import { DigitalPin, KeypadClock } from './pins';
import { Scanner, ScannerOptions } from './scanner';

export interface KeysOptions extends ScannerOptions {
  valueWhenPressed: boolean;
  /** Enable the pull that holds an idle key at the released level (default true). */
  pull?: boolean;
}

export class Keys extends Scanner {
  private readonly valueWhenPressed: boolean;

  constructor(clock: KeypadClock, private readonly pins: readonly DigitalPin[], opts: KeysOptions) {
    super(clock, pins.length, opts);
    this.valueWhenPressed = opts.valueWhenPressed;
    const pull = opts.pull ?? true;
    for (const pin of pins) pin.switchToInput(pull ? (opts.valueWhenPressed ? 'down' : 'up') : null);
    this.start();
  }

  protected scan(timestamp: number): void {
    for (let i = 0; i < this.pins.length; i++) {
      this.report(i, this.pins[i].value === this.valueWhenPressed, timestamp);
    }
  }
}
