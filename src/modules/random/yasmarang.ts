// CircuitPython's random generator ("yasmarang"), reproduced step for step so that a seeded game
// draws the same numbers here as on the board. reference: runtime-modules.md, random.

const INITIAL_PAD = 0xeda4baba;

export class Yasmarang {
  private pad = INITIAL_PAD;
  private n = 69;
  private d = 233;
  private dat = 0;

  /** `autoSeed` stands for the board's hardware RNG: asked once if the program never seeds. */
  constructor(private readonly autoSeed: () => number) {}

  seed(s: number): void {
    this.pad = s >>> 0;
    this.n = 69;
    this.d = 233;
    this.dat = 0;
  }

  /** One 32-bit output. */
  next(): number {
    if (this.pad === INITIAL_PAD) this.seed(this.autoSeed());
    let pad = (this.pad + this.dat + Math.imul(this.d, this.n)) >>> 0;
    pad = ((pad << 3) | (pad >>> 29)) >>> 0;
    this.pad = pad;
    this.n = (pad | 2) >>> 0;
    this.d = (this.d ^ (((pad << 31) + (pad >>> 1)) >>> 0)) >>> 0;
    this.dat = (this.dat ^ pad ^ (this.d >>> 8) ^ 1) & 0xff;
    return (pad ^ (this.d << 5) ^ (pad >>> 18) ^ (this.dat << 1)) >>> 0;
  }

  getrandbits(k: number): number {
    if (k === 0) return 0;
    const out = this.next();
    return k >= 32 ? out : (out & ((1 << k) - 1)) >>> 0;
  }

  /** A uniform integer in [0, m) by masking and rejecting, as the board does. */
  below(m: number): number {
    let mask = 1;
    while ((m & mask) !== m && mask < 0xffffffff) mask = (mask * 2 + 1) >>> 0;
    for (;;) {
      const r = (this.next() & mask) >>> 0;
      if (r < m) return r;
    }
  }

  /** A float in [0, 1) built as the board builds it: 23 random fraction bits on 1.0, minus 1. */
  random(): number {
    const bits = (0x3f800000 | (this.next() & 0x7fffff)) >>> 0;
    SCRATCH_U32[0] = bits;
    return SCRATCH_F32[0] - 1;
  }
}

const SCRATCH_U32 = new Uint32Array(1);
const SCRATCH_F32 = new Float32Array(SCRATCH_U32.buffer);
