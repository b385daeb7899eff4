// Colour conversion from RGB888 to what a panel stores, plus the dither noise.
// reference: display-rendering.md §8.2–8.4.

/** What the panel stores per pixel. PyBadge/PyGamer: 16-bit colour (RGB565). */
export interface PanelFormat {
  readonly depth: number;
  readonly grayscale: boolean;
}

export const RGB565_PANEL: PanelFormat = Object.freeze({ depth: 16, grayscale: false });

/** Plain truncation, no rounding. */
export function rgb888To565(c: number): number {
  return (((c >>> 19) & 0x1f) << 11) | (((c >>> 10) & 0x3f) << 5) | ((c >>> 3) & 0x1f);
}

/** Luma with CircuitPython's weights (green dominant, red weak). */
export function luma(c: number): number {
  return Math.floor((((c >>> 16) & 0xff) * 19 + ((c >>> 8) & 0xff) * 182 + (c & 0xff) * 54) / 255);
}

/** RGB888 → panel value for any supported format, without dithering. */
export function rgb888ToPanel(c: number, fmt: PanelFormat): number {
  const d = fmt.depth;
  if (fmt.grayscale && d <= 8) return (luma(c) >> (8 - d)) & ((1 << d) - 1);
  if (d === 16) return rgb888To565(c);
  if (d === 8) return (((c >>> 21) & 7) << 5) | (((c >>> 13) & 7) << 2) | ((c >>> 6) & 3);
  if (d === 4) return (((c >>> 23) & 1) << 3) | (((c >>> 15) & 1) << 2) | (((c >>> 7) & 1) << 1);
  return c & 0xffffff;
}

function noise1(n: number): number {
  n = (n ^ (n >>> 13)) >>> 0;
  const nn = Math.imul(n, n);
  const inner = (Math.imul(nn, 60493) + 19990303) >>> 0;
  const m = ((Math.imul(n, inner) + 1376312589) & 0x7fffffff) >>> 0;
  return Math.trunc(Math.fround(Math.fround(Math.fround(m) / 2147483648.0) * 255.0));
}

function noise2(x: number, y: number): number {
  return noise1((x + Math.imul(y, 0xffff)) >>> 0);
}

/** Adds the deterministic noise keyed on the source pixel (tx, ty), then converts. */
export function rgb888ToPanelDithered(c: number, fmt: PanelFormat, tx: number, ty: number): number {
  let r = (c >>> 16) & 0xff, g = (c >>> 8) & 0xff, b = c & 0xff;
  const nr = noise2(tx, ty), ng = noise2(tx + 33, ty), nb = noise2(tx, ty + 33);
  if (fmt.depth === 16 && !fmt.grayscale) {
    r = Math.min(255, r + (nr & 7));
    g = Math.min(255, g + (ng & 3));
    b = Math.min(255, b + (nb & 7));
  } else {
    const m = 0xff >> fmt.depth;
    r = Math.min(255, r + (nr & m));
    g = Math.min(255, g + (ng & m));
    b = Math.min(255, b + (nb & m));
  }
  return rgb888ToPanel((r << 16) | (g << 8) | b, fmt);
}

/** RGB565 → RGB888 by bit replication: how screenshots show a panel colour (reference §8.2). */
export function rgb565To888(p: number): number {
  const r = (p >> 11) & 0x1f, g = (p >> 5) & 0x3f, b = p & 0x1f;
  return (((r << 3) | (r >> 2)) << 16) | (((g << 2) | (g >> 4)) << 8) | ((b << 3) | (b >> 2));
}
