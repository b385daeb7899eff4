// The state of a PixelBuf, plain TS: colours as set (before brightness), the byte order of the
// strip, and the bytes a show() sends (header, scaled pixels in strip order, trailer).
// reference: runtime-modules.md §6 (brightness: value * int(brightness * 256) // 256).

export interface ByteOrder { r: number; g: number; b: number; w: number; bpp: number }

/** 'GRB', 'RGBW'…: the position of each channel in a pixel's bytes; null when invalid. */
export function parseByteOrder(s: string): ByteOrder | null {
  if (s.length < 3 || s.length > 4) return null;
  const at = (c: string) => s.indexOf(c);
  const o = { r: at('R'), g: at('G'), b: at('B'), w: at('W'), bpp: s.length };
  if (o.r < 0 || o.g < 0 || o.b < 0 || (s.length === 4 && o.w < 0)) return null;
  if (new Set(s).size !== s.length) return null;
  return o;
}

export class Pixels {
  /** r, g, b, w per pixel, as set. */
  readonly colors: Uint8Array;
  brightness = 1;

  constructor(readonly n: number, readonly order: ByteOrder, readonly header: Uint8Array, readonly trailer: Uint8Array) {
    this.colors = new Uint8Array(n * 4);
  }

  get(i: number): number[] {
    const c = Array.from(this.colors.subarray(i * 4, i * 4 + 4));
    return this.order.bpp === 4 ? c : c.slice(0, 3);
  }

  set(i: number, rgbw: number[]): void {
    this.colors.set([rgbw[0], rgbw[1], rgbw[2], rgbw[3] ?? 0], i * 4);
  }

  /** The bytes the strip receives. */
  frame(): Uint8Array {
    const { bpp } = this.order;
    const out = new Uint8Array(this.header.length + this.n * bpp + this.trailer.length);
    out.set(this.header, 0);
    const scale = Math.floor(this.brightness * 256);
    const dim = (v: number) => (scale >= 256 ? v : Math.floor((v * scale) / 256));
    for (let i = 0; i < this.n; i++) {
      const at = this.header.length + i * bpp;
      out[at + this.order.r] = dim(this.colors[i * 4]);
      out[at + this.order.g] = dim(this.colors[i * 4 + 1]);
      out[at + this.order.b] = dim(this.colors[i * 4 + 2]);
      if (bpp === 4) out[at + this.order.w] = dim(this.colors[i * 4 + 3]);
    }
    out.set(this.trailer, out.length - this.trailer.length);
    return out;
  }
}
