// A stage text layer: a grid of 8×8 characters. The font holds 128 characters of 16 bytes, two
// bytes a row, four 2-bit pixels a byte with the leftmost in the low bits. Character 0 is
// transparent; bit 7 of a character picks the second half of the palette (colours 4–7).
import { paletteColor, TRANSPARENT } from './Layer';

export class StageText {
  x = 0;
  y = 0;

  constructor(
    readonly width: number,
    readonly height: number,
    public font: Uint8Array,
    public palette: Uint8Array,
    public chars: Uint8Array,
  ) {}

  pixel(sx: number, sy: number): number {
    const x = sx - this.x;
    const y = sy - this.y;
    if (x < 0 || y < 0 || x >= this.width << 3 || y >= this.height << 3) return TRANSPARENT;
    let c = this.chars[(y >> 3) * this.width + (x >> 3)] ?? 0;
    const offset = c & 0x80 ? 4 : 0;
    c &= 0x7f;
    if (c === 0) return TRANSPARENT;
    const b = this.font[(c << 4) + ((y & 7) << 1) + ((x & 7) >> 2)];
    return paletteColor(this.palette, ((b >> ((x & 3) << 1)) & 3) + offset);
  }
}
