// What Keys, KeyMatrix and ShiftRegisterKeys share: the event queue, interval timing and the
// integrating debounce. reference: keypad.md, "Scanning and debouncing (exact model)".
import { EventQueue } from './EventQueue';
import { KeypadClock } from './pins';

export interface ScannerOptions {
  /** Seconds between scans (the binding has checked it is >= 0). */
  interval?: number;
  maxEvents?: number;
  /** 1..127: scans a new state must persist before it is reported. */
  debounceThreshold?: number;
}

export abstract class Scanner {
  readonly events: EventQueue;
  readonly keyCount: number;
  private readonly intervalTicks: number;
  private readonly threshold: number;
  /** Per key: > 0 leaning pressed, < 0 leaning released; ±threshold once reported. */
  private readonly counters: Int8Array;
  private nextScanTicks = 0;
  private _deinited = false;

  constructor(protected readonly clock: KeypadClock, keyCount: number, opts: ScannerOptions) {
    this.keyCount = keyCount;
    // The board converts seconds to 1/1024 s ticks with truncation.
    this.intervalTicks = Math.trunc((opts.interval ?? 0.02) * 1024);
    this.threshold = opts.debounceThreshold ?? 1;
    this.events = new EventQueue(opts.maxEvents ?? 64);
    // Counters start at 0, so a key already held now never passes through 0 on its way up:
    // it gives no pressed event (but a released one later), as on the board.
    this.counters = new Int8Array(keyCount);
  }

  get deinited(): boolean {
    return this._deinited;
  }

  /** Subclasses call this once their pins are set up: the board scans at construction. */
  protected start(): void {
    this.scanNow();
  }

  /** The background tick: scans when the interval has passed since the last scan. */
  scanIfDue(): void {
    if (!this._deinited && this.clock.rawTicks() >= this.nextScanTicks) this.scanNow();
  }

  /** Treats every key as released and scans at once, so held keys report "pressed". */
  reset(): void {
    this.counters.fill(-this.threshold);
    this.scanNow();
  }

  /** Stops scanning; releasing the pins is the binding's job, as it claimed them. */
  deinit(): void {
    this._deinited = true;
  }

  private scanNow(): void {
    this.nextScanTicks = this.clock.rawTicks() + this.intervalTicks;
    this.scan(this.clock.ticksMs());
  }

  /** Reads every key once, calling `report` for each. */
  protected abstract scan(timestamp: number): void;

  protected report(keyNumber: number, pressedNow: boolean, timestamp: number): void {
    const c = this.counters[keyNumber];
    const t = this.threshold;
    if (pressedNow) {
      if (c < t && c + 1 === 0) {
        this.counters[keyNumber] = t;
        this.events.record(keyNumber, true, timestamp);
      } else if (c < t) {
        this.counters[keyNumber] = c + 1;
      }
    } else if (c > -t && c - 1 === 0) {
      this.counters[keyNumber] = -t;
      this.events.record(keyNumber, false, timestamp);
    } else if (c > -t) {
      this.counters[keyNumber] = c - 1;
    }
  }
}
