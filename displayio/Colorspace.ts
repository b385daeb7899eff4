// displayio.Colorspace: input encodings a ColorConverter (and bitmaptools) can decode.
// reference: display-rendering.md §8.1.

export enum Colorspace {
  RGB888,
  RGB565,
  RGB565_SWAPPED,
  RGB555,
  RGB555_SWAPPED,
  BGR565,
  BGR565_SWAPPED,
  BGR555,
  BGR555_SWAPPED,
  L8,
}

export const COLORSPACE_NAMES = [
  'RGB888', 'RGB565', 'RGB565_SWAPPED', 'RGB555', 'RGB555_SWAPPED',
  'BGR565', 'BGR565_SWAPPED', 'BGR555', 'BGR555_SWAPPED', 'L8',
] as const;

function swapBytes(p: number): number {
  return ((p & 0xff) << 8) | ((p >> 8) & 0xff);
}

/** Decodes a raw value to 0xRRGGBB. 565 expands without bit replication, 555 with it. */
export function decodeToRgb888(p: number, cs: Colorspace): number {
  switch (cs) {
    case Colorspace.RGB888:
      return p & 0xffffff;
    case Colorspace.L8: {
      const g = p & 0xff;
      return (g << 16) | (g << 8) | g;
    }
    case Colorspace.RGB565_SWAPPED:
    case Colorspace.BGR565_SWAPPED:
    case Colorspace.RGB565:
    case Colorspace.BGR565: {
      const swapped = cs === Colorspace.RGB565_SWAPPED || cs === Colorspace.BGR565_SWAPPED;
      const v = swapped ? swapBytes(p) : p & 0xffff;
      let r = (v >> 11) << 3;
      const g = ((v >> 5) << 2) & 0xff;
      let b = (v << 3) & 0xff;
      if (cs === Colorspace.BGR565 || cs === Colorspace.BGR565_SWAPPED) { const t = r; r = b; b = t; }
      return (r << 16) | (g << 8) | b;
    }
    case Colorspace.RGB555_SWAPPED:
    case Colorspace.BGR555_SWAPPED:
    case Colorspace.RGB555:
    case Colorspace.BGR555: {
      const swapped = cs === Colorspace.RGB555_SWAPPED || cs === Colorspace.BGR555_SWAPPED;
      const v = swapped ? swapBytes(p) : p & 0xffff;
      const r5 = (v >> 10) & 0x1f, g5 = (v >> 5) & 0x1f, b5 = v & 0x1f;
      let r = (r5 << 3) | (r5 >> 2);
      const g = (g5 << 3) | (g5 >> 2);
      let b = (b5 << 3) | (b5 >> 2);
      if (cs === Colorspace.BGR555 || cs === Colorspace.BGR555_SWAPPED) { const t = r; r = b; b = t; }
      return (r << 16) | (g << 8) | b;
    }
    default: {
      const never: never = cs;
      return never;
    }
  }
}
