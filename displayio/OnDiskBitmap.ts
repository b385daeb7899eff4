// displayio.OnDiskBitmap: reads pixels straight from BMP bytes (1/2/4/8 bpp indexed, 16 bpp
// 5-6-5 or 5-5-5, 24 and 32 bpp), bottom-up rows padded to 4 bytes, as CircuitPython does.
// reference: displayio-objects.md, OnDiskBitmap.
import { BitmapSource } from './bitmap-source';
import { ColorConverter } from './ColorConverter';
import { Colorspace } from './Colorspace';
import { fail } from './errors';
import { Palette } from './Palette';
import { PixelShader } from './pixel-shader';

const SUPPORTED_HEADERS = [12, 40, 108, 124];

export class OnDiskBitmap implements BitmapSource {
  readonly width: number;
  readonly height: number;
  readonly bitsPerPixel: number;
  /** A Palette for ≤ 8 bpp, a ColorConverter(RGB888) otherwise; the user may change it. */
  pixelShader: PixelShader;
  private readonly dataOffset: number;
  private readonly stride: number;
  private readonly rgb565: boolean;

  constructor(private readonly data: Uint8Array) {
    if (data.length < 26 || data[0] !== 0x42 || data[1] !== 0x4d) fail('ValueError', 'Invalid file');
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const u32 = (o: number) => (o + 4 <= data.length ? view.getUint32(o, true) : 0);
    const headerSize = u32(14);
    if (!SUPPORTED_HEADERS.includes(headerSize)) {
      fail('ValueError', `Only Windows format, uncompressed BMP supported: given header size is ${headerSize}`);
    }
    if (data.length < 14 + Math.max(40, headerSize === 12 ? 40 : headerSize)) fail('ValueError', 'Invalid file');
    this.dataOffset = u32(10);
    this.width = view.getInt32(18, true);
    const rawHeight = view.getInt32(22, true);
    // 9.x reads every file as bottom-up, so a top-down file (negative height) shows upside down.
    this.height = Math.abs(rawHeight);
    this.bitsPerPixel = view.getUint16(28, true);
    const compression = u32(30);
    if (compression !== 0 && compression !== 3) fail('ValueError', 'RLE-compressed BMP not supported');
    if (this.width < 0 || ![1, 2, 4, 8, 16, 24, 32].includes(this.bitsPerPixel)) fail('ValueError', 'Invalid file');
    this.stride = Math.ceil((this.width * this.bitsPerPixel) / 32) * 4;

    // Masks live after a 40-byte header only in V4/V5 files; 9.x never reads them otherwise.
    const greenMask = headerSize >= 56 ? u32(58) : 0;
    this.rgb565 = greenMask === 0x07e0;

    if (this.bitsPerPixel <= 8) {
      const count = u32(46) || 1 << this.bitsPerPixel;
      const start = 14 + headerSize;
      if (start + count * 4 > data.length) fail('ValueError', 'Invalid file');
      const pal = new Palette(count);
      for (let i = 0; i < count; i++) {
        const o = start + i * 4;
        pal.set(i, (data[o + 2] << 16) | (data[o + 1] << 8) | data[o]);
      }
      this.pixelShader = pal;
    } else {
      this.pixelShader = new ColorConverter(Colorspace.RGB888);
    }
  }

  /** Raw value: a palette index for ≤ 8 bpp, else 0xRRGGBB. Bytes past the end read as 0. */
  getPixel(x: number, y: number): number {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return 0;
    const base = this.dataOffset + (this.height - 1 - y) * this.stride;
    const bpp = this.bitsPerPixel;
    if (bpp < 8) {
      const bit = x * bpp;
      return (this.byte(base + (bit >> 3)) >> (8 - bpp - (bit & 7))) & ((1 << bpp) - 1);
    }
    const o = base + x * (bpp >> 3);
    switch (bpp) {
      case 8:
        return this.byte(o);
      case 16: {
        const p = this.byte(o) | (this.byte(o + 1) << 8);
        // Expanded without bit replication.
        if (this.rgb565) return ((p >> 11) << 19) | (((p >> 5) & 0x3f) << 10) | ((p & 0x1f) << 3);
        return (((p >> 10) & 0x1f) << 19) | (((p >> 5) & 0x1f) << 11) | ((p & 0x1f) << 3);
      }
      default:
        return (this.byte(o + 2) << 16) | (this.byte(o + 1) << 8) | this.byte(o);
    }
  }

  private byte(i: number): number {
    return i < this.data.length ? this.data[i] : 0;
  }
}
