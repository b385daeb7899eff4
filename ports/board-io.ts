// The emulated board hardware behind the pins: buttons on the shift register, the joystick and
// light sensor on the ADC, plain GPIO elsewhere. Host input changes which buttons are held;
// programs see that only through pins, as on the real board (STYLE.md section 5).
import { InputEvent, Button } from './backends/backend';
import { BoardDefinition } from './board';
import { DigitalPin, Pull } from '../src/modules/keypad/pins';

/** A parallel-in, serial-out shift register (74HC165): loads its inputs while the latch is at the
 *  loading level, holds them otherwise and shifts one bit out per rising clock edge. */
class ShiftRegisterChip {
  private latchLevel: boolean;
  private clockLevel = false;
  private held: boolean[] = [];
  private position = 0;

  constructor(private readonly holdLevel: boolean, private readonly inputs: () => boolean[]) {
    this.latchLevel = !holdLevel;
  }

  setLatch(level: boolean): void {
    if (level === this.holdLevel && this.latchLevel !== level) {
      this.held = this.inputs();
      this.position = 0;
    }
    this.latchLevel = level;
  }

  setClock(level: boolean): void {
    if (level && !this.clockLevel && this.latchLevel === this.holdLevel) this.position++;
    this.clockLevel = level;
  }

  /** The serial output; past the last input it reads the serial-in pin, tied low. */
  output(): boolean {
    if (this.latchLevel !== this.holdLevel) return this.inputs()[0] ?? false;
    return this.held[this.position] ?? false;
  }
}

/** One MCU pin: its direction, pull and driven level, plus what hardware it is wired to. */
class EmulatedPin implements DigitalPin {
  private output: boolean | null = null;
  private pull: Pull = null;

  constructor(private readonly wiring: { read?: () => boolean; write?: (level: boolean) => void }) {}

  switchToInput(pull: Pull): void {
    this.output = null;
    this.pull = pull;
  }

  switchToOutput(value: boolean): void {
    this.output = value;
    this.wiring.write?.(value);
  }

  get value(): boolean {
    if (this.output !== null) return this.output;
    return this.wiring.read ? this.wiring.read() : this.pull === 'up';
  }

  set value(level: boolean) {
    if (this.output === null) return;
    this.output = level;
    this.wiring.write?.(level);
  }

  /** The level driven by the program, or null while the pin is an input. */
  get driven(): boolean | null {
    return this.output;
  }
}

export class BoardIO {
  private readonly held = new Set<Button>();
  /** Keyed by MCU pin, so that aliases (D8 and NEOPIXEL) share one pin. */
  private readonly pins = new Map<string, EmulatedPin>();

  constructor(readonly board: BoardDefinition) {
    const b = board.buttons;
    const chip = new ShiftRegisterChip(b.value_to_latch, () =>
      b.keys.map((k) => this.held.has(k) === b.value_when_pressed));
    this.wire(b.latch, { write: (v) => chip.setLatch(v) });
    this.wire(b.clock, { write: (v) => chip.setClock(v) });
    this.wire(b.data, { read: () => chip.output() });
  }

  private wire(name: string, wiring: ConstructorParameters<typeof EmulatedPin>[0]): void {
    this.pins.set(this.board.pins[name], new EmulatedPin(wiring));
  }

  /** Applies a button event from a backend or an input script; other events are ignored. */
  apply(event: InputEvent): void {
    if (event.kind !== 'button') return;
    if (event.pressed) this.held.add(event.button);
    else this.held.delete(event.button);
  }

  isHeld(button: Button): boolean {
    return this.held.has(button);
  }

  /** The digital pin behind a board pin name (the binding has checked the name exists). */
  digitalPin(name: string): DigitalPin & { readonly driven: boolean | null } {
    const mcu = this.board.pins[name];
    let pin = this.pins.get(mcu);
    if (!pin) {
      pin = new EmulatedPin({});
      this.pins.set(mcu, pin);
    }
    return pin;
  }

  /** analogio.AnalogIn(pin).value: the ADC reading stretched to 16 bits by bit replication. */
  analogValue(name: string): number {
    const mcu = this.board.pins[name];
    const j = this.board.joystick;
    if (j && mcu === this.board.pins[j.x]) return stretch(this.axis('LEFT', 'RIGHT'), j.adc_bits);
    if (j && mcu === this.board.pins[j.y]) return stretch(this.axis('UP', 'DOWN'), j.adc_bits);
    const light = this.board.light_sensor;
    if (mcu === this.board.pins[light.pin]) return stretch(light.reading, light.adc_bits);
    return 0;
  }

  /** A stick axis from two opposite direction buttons; both or neither leaves it centred. */
  private axis(low: Button, high: Button): number {
    const j = this.board.joystick as NonNullable<BoardDefinition['joystick']>;
    const l = this.held.has(low), h = this.held.has(high);
    return l === h ? j.center : l ? j.min : j.max;
  }
}

/** An n-bit reading as 16 bits, as the SAMD51's AnalogIn reports it: 4095 → 65535, 0 → 0. */
export function stretch(reading: number, bits: number): number {
  return bits >= 16 ? reading : (reading << (16 - bits)) | (reading >> (2 * bits - 16));
}
