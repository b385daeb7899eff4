// keypad.EventQueue: the bounded queue a scanner records transitions into.
// reference: keypad.md, EventQueue (a full queue drops the new event, not the oldest).
import { Event } from './Event';

export class EventQueue {
  private readonly keys: number[] = [];
  private readonly pressed: boolean[] = [];
  private readonly timestamps: number[] = [];
  private _overflowed = false;

  constructor(readonly maxEvents: number) {}

  get length(): number {
    return this.keys.length;
  }

  /** True once an event was dropped; only clear() resets it. */
  get overflowed(): boolean {
    return this._overflowed;
  }

  /** Called by scanners; returns false (and sets `overflowed`) when the queue was full. */
  record(keyNumber: number, pressed: boolean, timestamp: number): boolean {
    if (this.keys.length >= this.maxEvents) {
      this._overflowed = true;
      return false;
    }
    this.keys.push(keyNumber);
    this.pressed.push(pressed);
    this.timestamps.push(timestamp);
    return true;
  }

  /** The oldest event as a new Event, or null when empty. */
  get(): Event | null {
    if (this.keys.length === 0) return null;
    return new Event(this.keys.shift(), this.pressed.shift(), this.timestamps.shift());
  }

  /** Fills `event` with the oldest event; false (and `event` untouched) when empty. */
  getInto(event: Event): boolean {
    if (this.keys.length === 0) return false;
    event.keyNumber = this.keys.shift() as number;
    event.pressed = this.pressed.shift() as boolean;
    event.timestamp = this.timestamps.shift() as number;
    return true;
  }

  clear(): void {
    this.keys.length = 0;
    this.pressed.length = 0;
    this.timestamps.length = 0;
    this._overflowed = false;
  }
}
