// A stage layer: a grid of 16×16 tiles from a bank (or one tile, a sprite), read straight from the
// program's buffers. The bank holds 16 tiles of 16×16 pixels at 4 bits per pixel, high nibble
// first, 128 bytes per tile; the palette holds 16 colours of 2 bytes, little-endian, each already
// byte-swapped RGB565 (what goes over the bus first is the low byte). The map packs two tile
// numbers per byte, the even column in the high nibble.

/** The colour value that means "nothing here, look at the next layer": RGB565 0xf81f, byte-swapped. */
export const TRANSPARENT = 0x1ff8;

export class StageLayer {
  x = 0;
  y = 0;
  frame = 0;
  rotation = 0;

  constructor(
    readonly width: number,
    readonly height: number,
    public graphic: Uint8Array,
    public palette: Uint8Array,
    /** Null for a sprite: the whole layer is tile `frame`. */
    public map: Uint8Array | null,
  ) {}

  /** The colour at stage pixel (x, y), or TRANSPARENT. */
  pixel(sx: number, sy: number): number {
    let x = sx - this.x;
    let y = sy - this.y;
    if (x < 0 || y < 0 || x >= this.width << 4 || y >= this.height << 4) return TRANSPARENT;
    let tile = this.frame;
    if (this.map) {
      const tx = x >> 4;
      const b = this.map[((y >> 4) * this.width + tx) >> 1] ?? 0;
      tile = tx & 1 ? b & 0x0f : b >> 4;
    }
    x &= 15;
    y &= 15;
    const t = y;
    switch (this.rotation) {
      case 1: y = 15 - x; x = t; break; // 90° clockwise
      case 2: y = 15 - t; x = 15 - x; break; // 180°
      case 3: y = x; x = 15 - t; break; // 90° counter-clockwise
      case 4: x = 15 - x; break; // mirrored
      case 5: y = x; x = t; break; // 90° clockwise, mirrored
      case 6: y = 15 - t; break; // 180°, mirrored
      case 7: y = 15 - x; x = 15 - t; break; // 90° counter-clockwise, mirrored
      default: break;
    }
    // Past the end of the bank (a frame above 15) the firmware reads whatever memory follows;
    // here it reads as colour 0.
    const b = this.graphic[(tile << 7) + (y << 3) + (x >> 1)] ?? 0;
    const index = x & 1 ? b & 0x0f : b >> 4;
    return paletteColor(this.palette, index);
  }
}

export function paletteColor(palette: Uint8Array, index: number): number {
  return palette[index << 1] | (palette[(index << 1) + 1] << 8);
}
