// The PyBadge's LIS3DH accelerometer as an I2C target: a 64-byte register file with WHO_AM_I
// 0x33, a register pointer set by each write's first byte (bit 7 = auto-increment), and output
// registers that say the board lies flat (0 g on X and Y, +1 g on Z) at the range CTRL_REG4 picks.
// Plain TS, no VM.

const WHO_AM_I = 0x0f;
const CTRL_REG4 = 0x23;
const OUT_X_L = 0x28;
/** Raw counts per g at each full-scale setting (CTRL_REG4 bits 4..5: ±2, ±4, ±8, ±16 g). */
const COUNTS_PER_G = [16380, 8190, 4096, 1365];

export interface I2CTarget {
  /** Bytes the controller writes in one transaction. */
  write(data: Uint8Array): void;
  /** Bytes the controller reads in one transaction. */
  read(n: number): Uint8Array;
}

export class Lis3dh implements I2CTarget {
  private readonly regs = new Uint8Array(0x40);
  private pointer = 0;
  private autoIncrement = false;

  constructor() {
    this.regs[WHO_AM_I] = 0x33;
    this.regs[0x20] = 0x07;
  }

  write(data: Uint8Array): void {
    if (data.length === 0) return;
    this.pointer = data[0] & 0x7f;
    this.autoIncrement = (data[0] & 0x80) !== 0;
    for (let i = 1; i < data.length; i++) {
      this.regs[this.pointer & 0x3f] = data[i];
      this.step();
    }
  }

  read(n: number): Uint8Array {
    this.refreshOutputs();
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      out[i] = this.regs[this.pointer & 0x3f];
      this.step();
    }
    return out;
  }

  private step(): void {
    if (this.autoIncrement) this.pointer = (this.pointer + 1) & 0x3f;
  }

  private refreshOutputs(): void {
    const z = COUNTS_PER_G[(this.regs[CTRL_REG4] >> 4) & 3] & 0xfff0;
    this.regs.fill(0, OUT_X_L, OUT_X_L + 4);
    this.regs[OUT_X_L + 4] = z & 0xff;
    this.regs[OUT_X_L + 5] = (z >> 8) & 0xff;
    this.regs[0x27] = 0x0f;
  }
}
