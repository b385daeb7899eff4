// keypad.Event: one key transition (key number, pressed or released, supervisor.ticks_ms time).
// reference: keypad.md, Event.

export class Event {
  constructor(
    public keyNumber = 0,
    public pressed = true,
    /** A supervisor.ticks_ms() value: wraps at 2**29. */
    public timestamp = 0,
  ) {}

  get released(): boolean {
    return !this.pressed;
  }

  /** Equality ignores the timestamp, as CircuitPython's does. */
  equals(other: Event): boolean {
    return this.keyNumber === other.keyNumber && this.pressed === other.pressed;
  }

  hash(): number {
    return ((this.pressed ? 1 : 0) << 15) + this.keyNumber;
  }

  repr(): string {
    return `<Event: key_number ${this.keyNumber} ${this.pressed ? 'pressed' : 'released'}>`;
  }
}
