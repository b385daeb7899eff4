// The scanners alive in one Runtime, scanned from its background tick (the board does this from
// its 1 ms system tick) and all stopped when code.py ends.
import { Scanner } from './scanner';

export class KeypadScanners {
  private readonly active = new Set<Scanner>();

  add(scanner: Scanner): void {
    this.active.add(scanner);
  }

  remove(scanner: Scanner): void {
    this.active.delete(scanner);
  }

  /** Scans each scanner whose interval has passed. */
  tick(): void {
    for (const s of this.active) {
      if (s.deinited) this.active.delete(s);
      else s.scanIfDue();
    }
  }

  /** When the program ends: scanners stop and their pins are free again. */
  deinitAll(): void {
    for (const s of this.active) s.deinit();
    this.active.clear();
  }
}
