// The emulated board under the program: pin levels, the 74HC165 button shift register, the
// joystick and light-sensor ADC readings. Modules (digitalio, analogio, keypad) read and drive
// these pins as CircuitPython's do on the real chip; the backend only sets which buttons are down.
import type { BoardDefinition } from '../../ports/board';
import type { DigitalPin, Pull } from '../modules/keypad/pins';

/** One MCU pin; every board name that maps to it (A0 and SPEAKER) shares this object. */
export class PinState {
  claimedBy: string | null = null;
  output = false;
  pull: Pull = null;
  driven = false;
  /** For input pins wired to a device: the level the device presents. */
  readInput: (() => boolean) | null = null;
  /** Called when the program drives the pin (the shift register listens to its clock and latch). */
  onWrite: ((level: boolean) => void) | null = null;

  constructor(readonly mcuName: string, readonly boardName: string) {}

  get level(): boolean {
    if (this.output) return this.driven;
    if (this.readInput) return this.readInput();
    return this.pull === 'up';
  }

  drive(level: boolean): void {
    this.driven = level;
    this.onWrite?.(level);
  }
}

/** A 74HC165 chain: low latch loads the buttons in parallel, each rising clock shifts one bit out. */
class ShiftRegister {
  private shifted = 0;
  private position = 0;
  private latchLevel = true;
  private clockLevel = false;

  constructor(private readonly buttonBits: () => number, private readonly valueToLatch: boolean, private readonly activeHigh: boolean) {}

  latch(level: boolean): void {
    if (level === this.valueToLatch && this.latchLevel !== level) {
      this.shifted = this.buttonBits();
      this.position = 0;
    }
    this.latchLevel = level;
  }

  clock(level: boolean): void {
    if (level && !this.clockLevel) this.position++;
    this.clockLevel = level;
  }

  data(): boolean {
    if (this.latchLevel !== this.valueToLatch) this.shifted = this.buttonBits();
    const pressed = this.position < 32 && ((this.shifted >>> this.position) & 1) === 1;
    return pressed === this.activeHigh;
  }
}

export class BoardHardware {
  /** Bit i set = key_number i of the board's button map is held down. */
  buttons = 0;
  /** Joystick position, -1..1 on each axis (PyGamer); the D-pad keys set it too. */
  stickX = 0;
  stickY = 0;
  private readonly pinsByMcu = new Map<string, PinState>();
  private readonly pinsByBoardName = new Map<string, PinState>();

  constructor(readonly board: BoardDefinition) {
    for (const [name, mcu] of Object.entries(board.pins)) {
      let pin = this.pinsByMcu.get(mcu);
      if (!pin) {
        pin = new PinState(mcu, name);
        this.pinsByMcu.set(mcu, pin);
      }
      this.pinsByBoardName.set(name, pin);
    }
    const b = board.buttons;
    const register = new ShiftRegister(() => this.buttons, b.value_to_latch, b.value_when_pressed);
    this.pin(b.latch).onWrite = (level) => register.latch(level);
    this.pin(b.clock).onWrite = (level) => register.clock(level);
    this.pin(b.data).readInput = () => register.data();
    for (const name of board.display.claims_pins) this.pin(name).claimedBy = 'DISPLAY';
  }

  pin(boardName: string): PinState {
    const pin = this.pinsByBoardName.get(boardName);
    if (!pin) throw new Error(`board has no pin ${boardName}`);
    return pin;
  }

  /** Board names in the board's own order (the board module lists them so). */
  pinNames(): string[] {
    return [...this.pinsByBoardName.keys()];
  }

  /** A raw ADC reading of an analog pin (0..2**adc_bits-1). */
  analogRaw(pin: PinState): number {
    const stick = this.board.joystick;
    if (stick) {
      const span = (v: number) => Math.round(stick.center + v * (v < 0 ? stick.center - stick.min : stick.max - stick.center));
      if (pin === this.pin(stick.x)) return span(this.stickX);
      if (pin === this.pin(stick.y)) return span(this.stickY);
    }
    if (pin === this.pin(this.board.light_sensor.pin)) return this.board.light_sensor.reading;
    return 0;
  }

  /** Frees every pin the program claimed (the board does this when code.py ends). */
  releaseProgramPins(): void {
    for (const pin of this.pinsByMcu.values()) {
      if (pin.claimedBy !== 'DISPLAY') {
        pin.claimedBy = null;
        pin.output = false;
        pin.pull = null;
      }
    }
  }
}

/** A claimed pin as keypad and digitalio drive it. */
export class ClaimedPin implements DigitalPin {
  constructor(readonly state: PinState) {}

  switchToInput(pull: Pull): void {
    this.state.output = false;
    this.state.pull = pull;
  }

  switchToOutput(value: boolean): void {
    this.state.output = true;
    this.state.drive(value);
  }

  get value(): boolean {
    return this.state.level;
  }

  set value(level: boolean) {
    this.state.drive(level);
  }
}
