// What keypad needs from a pin and from the clock. The port implements both over the emulated
// board (buttons, shift register), so keypad reads hardware the way CircuitPython's does:
// through digital pins, never through the host's input directly.

export type Pull = 'up' | 'down' | null;

/** A claimed digital pin, as digitalio.DigitalInOut drives it. */
export interface DigitalPin {
  switchToInput(pull: Pull): void;
  switchToOutput(value: boolean): void;
  /** Reading gives the pin's level; writing drives it (outputs only). */
  value: boolean;
}

export interface KeypadClock {
  /** The 1024 Hz tick counter since power-on that scan intervals are measured in. */
  rawTicks(): number;
  /** supervisor.ticks_ms(), which event timestamps carry. */
  ticksMs(): number;
}
