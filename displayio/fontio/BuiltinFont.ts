// fontio.BuiltinFont: terminalio.FONT, Terminus 6×12 with 95 ASCII glyphs in one read-only
// 1-bit bitmap strip. reference: fontio-terminalio.md §1.
import data from '../../assets/fonts/terminus-6x12.json';
import { Bitmap } from '../Bitmap';

/** fontio.Glyph's fields, in namedtuple order. */
export interface Glyph {
  bitmap: Bitmap;
  tileIndex: number;
  width: number;
  height: number;
  dx: number;
  dy: number;
  shiftX: number;
  shiftY: number;
}

export class BuiltinFont {
  constructor(
    readonly bitmap: Bitmap,
    readonly width: number,
    readonly height: number,
    /** Code point of each tile index, in tile order. */
    private readonly codepoints: readonly number[],
  ) {}

  /** get_bounding_box(): (width, height). */
  getBoundingBox(): [number, number] {
    return [this.width, this.height];
  }

  /** Tile index of a code point, or -1 when the font lacks it. */
  tileIndex(codepoint: number): number {
    const first = this.codepoints[0];
    if (codepoint >= first && codepoint < first + this.codepoints.length &&
        this.codepoints[codepoint - first] === codepoint) return codepoint - first;
    return this.codepoints.indexOf(codepoint);
  }

  getGlyph(codepoint: number): Glyph | null {
    const i = this.tileIndex(codepoint);
    if (i < 0) return null;
    return { bitmap: this.bitmap, tileIndex: i, width: this.width, height: this.height,
      dx: 0, dy: 0, shiftX: this.width, shiftY: 0 };
  }
}

/** A fresh terminalio.FONT (one per runtime, so no state is shared between runs). */
export function builtinFont(): BuiltinFont {
  const bitmap = new Bitmap(data.bitmapWidth, data.cellHeight, 1);
  data.rows.forEach((hex, y) => {
    const base = y * bitmap.strideWords * 4;
    for (let i = 0; i < hex.length; i += 2) bitmap.bytes[base + i / 2] = parseInt(hex.slice(i, i + 2), 16);
  });
  bitmap.readOnly = true;
  const codepoints = Array.from({ length: data.glyphCount }, (_, i) => data.firstCodepoint + i);
  return new BuiltinFont(bitmap, data.cellWidth, data.cellHeight, codepoints);
}
