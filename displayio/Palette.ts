// displayio.Palette: colour entries stored as given (0xRRGGBB) plus a transparency flag each.
// reference: displayio-objects.md, Palette; display-rendering.md §6 (lookup) and §8.4 (dither).
import { PixelShader } from './pixel-shader';
import { PanelFormat, rgb888ToPanel, rgb888ToPanelDithered } from './rgb565';

export class Palette implements PixelShader {
  readonly colors: Uint32Array;
  readonly transparent: Uint8Array;
  dither: boolean;
  private changed = false;
  // Converted colours, -1 for transparent; sized to cover any 8-bit value so that lookups from
  // 1–8 bit bitmaps need no bounds check.
  private lutCache: Int32Array | null = null;
  private lutFormat: PanelFormat | null = null;
  // For 4-bit bitmaps: both pixels of a byte as one 32-bit store, or null when an entry below
  // 16 is transparent (then pixels must be tested one by one).
  private pairCache: Uint32Array | null = null;
  private pairFormat: PanelFormat | null = null;

  constructor(readonly count: number, dither = false) {
    this.colors = new Uint32Array(count);
    this.transparent = new Uint8Array(count);
    this.dither = dither;
  }

  get(i: number): number {
    return this.colors[i];
  }

  /** Setting the colour an entry already has changes nothing and redraws nothing. */
  set(i: number, rgb888: number): void {
    if (this.colors[i] === rgb888) return;
    this.colors[i] = rgb888;
    this.invalidate();
  }

  makeTransparent(i: number): void {
    if (this.transparent[i]) return;
    this.transparent[i] = 1;
    this.invalidate();
  }

  makeOpaque(i: number): void {
    if (!this.transparent[i]) return;
    this.transparent[i] = 0;
    this.invalidate();
  }

  isTransparent(i: number): boolean {
    return this.transparent[i] === 1;
  }

  private invalidate(): void {
    this.changed = true;
    this.lutCache = null;
    this.pairCache = null;
    this.pairFormat = null;
  }

  /** Value → panel value (-1 transparent) for a format; values at or past `count` are transparent. */
  lut(fmt: PanelFormat): Int32Array {
    if (this.lutCache && this.lutFormat === fmt) return this.lutCache;
    const lut = new Int32Array(Math.max(this.count, 256)).fill(-1);
    for (let i = 0; i < this.count; i++) {
      if (!this.transparent[i]) lut[i] = rgb888ToPanel(this.colors[i], fmt);
    }
    this.lutCache = lut;
    this.lutFormat = fmt;
    return lut;
  }

  /** Byte → two panel values (left pixel in the low half) for 16-bit panels; null if any is transparent. */
  pairLut(fmt: PanelFormat): Uint32Array | null {
    if (this.pairFormat === fmt) return this.pairCache;
    const lut = this.lut(fmt);
    let pairs: Uint32Array | null = new Uint32Array(256);
    for (let b = 0; b < 256 && pairs; b++) {
      const hi = lut[b >> 4], lo = lut[b & 15];
      if (hi < 0 || lo < 0) pairs = null;
      else pairs[b] = (hi | (lo << 16)) >>> 0;
    }
    this.pairCache = pairs;
    this.pairFormat = fmt;
    return pairs;
  }

  shade(value: number, tx: number, ty: number, fmt: PanelFormat): number {
    if (value >= this.count || this.transparent[value]) return -1;
    if (this.dither) return rgb888ToPanelDithered(this.colors[value], fmt, tx, ty);
    return this.lut(fmt)[value];
  }

  needsRefresh(): boolean {
    return this.changed;
  }

  finishRefresh(): void {
    this.changed = false;
  }
}
