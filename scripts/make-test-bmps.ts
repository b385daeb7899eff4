// Builds the BMP files the OnDiskBitmap tests read: every supported variant (1/4/8 bpp indexed,
// 16 bpp 5-6-5 and 5-5-5, 24 bpp, 32 bpp plain and bit-fields, a top-down file) and broken ones.
// All good variants show the same 13×7 picture; `expectedRgb` says what each pixel must decode to.
// Used in memory by test/golden/displayio/scenes.ts; `node -r ts-node/register` is not needed.

export const BMP_W = 13;
export const BMP_H = 7;

/** The picture's colour at (x, y) for a format with the given channel bits (indexed: 8/8/8). */
export function pictureRgb(x: number, y: number, rBits: number, gBits: number, bBits: number): number {
  const q = (v: number, bits: number) => (v >> (8 - bits)) << (8 - bits);
  const r = q((x * 19) & 0xff, rBits), g = q((y * 37) & 0xff, gBits), b = q(((x + y) * 29 + 64) & 0xff, bBits);
  return (r << 16) | (g << 8) | b;
}

/** Palette for indexed variants: entry i is a distinct, exactly representable colour. */
export function indexedColor(i: number): number {
  return ((i * 53) & 0xff) << 16 | ((i * 101 + 40) & 0xff) << 8 | ((255 - i * 17) & 0xff);
}

export function pictureIndex(x: number, y: number, colors: number): number {
  return (x + 2 * y) % colors;
}

interface Variant {
  bpp: number;
  headerSize: 40 | 108 | 124;
  compression: 0 | 3;
  masks?: [number, number, number, number];
  colorsUsed?: number;
  topDown?: boolean;
}

function writeBmp(v: Variant, pixel: (x: number, y: number) => number): Uint8Array {
  const indexed = v.bpp <= 8;
  const colors = indexed ? v.colorsUsed || 1 << v.bpp : 0;
  const stride = Math.ceil((BMP_W * v.bpp) / 32) * 4;
  const paletteStart = 14 + v.headerSize;
  const dataOffset = paletteStart + colors * 4;
  const out = new Uint8Array(dataOffset + stride * BMP_H);
  const dv = new DataView(out.buffer);
  out[0] = 0x42; out[1] = 0x4d;
  dv.setUint32(2, out.length, true);
  dv.setUint32(10, dataOffset, true);
  dv.setUint32(14, v.headerSize, true);
  dv.setInt32(18, BMP_W, true);
  dv.setInt32(22, v.topDown ? -BMP_H : BMP_H, true);
  dv.setUint16(26, 1, true);
  dv.setUint16(28, v.bpp, true);
  dv.setUint32(30, v.compression, true);
  dv.setUint32(34, stride * BMP_H, true);
  dv.setUint32(46, v.colorsUsed ?? 0, true);
  if (v.masks) v.masks.forEach((m, i) => dv.setUint32(54 + 4 * i, m, true));
  for (let i = 0; i < colors; i++) {
    const c = indexedColor(i);
    out.set([c & 0xff, (c >> 8) & 0xff, c >> 16, 0], paletteStart + 4 * i);
  }
  for (let y = 0; y < BMP_H; y++) {
    const fileRow = v.topDown ? y : BMP_H - 1 - y;
    const base = dataOffset + fileRow * stride;
    for (let x = 0; x < BMP_W; x++) {
      const p = pixel(x, y);
      if (v.bpp < 8) {
        const bit = x * v.bpp;
        out[base + (bit >> 3)] |= p << (8 - v.bpp - (bit & 7));
      } else {
        const bytes = v.bpp / 8;
        for (let k = 0; k < bytes; k++) out[base + x * bytes + k] = (p >>> (8 * k)) & 0xff;
      }
    }
  }
  return out;
}

const rgb565 = (c: number) => ((c >> 19) << 11) | (((c >> 10) & 0x3f) << 5) | ((c >> 3) & 0x1f);
const rgb555 = (c: number) => ((c >> 19) << 10) | (((c >> 11) & 0x1f) << 5) | ((c >> 3) & 0x1f);

export interface TestBmp {
  data: Uint8Array;
  /** Colour OnDiskBitmap + its pixel shader must produce at (x, y), as 0xRRGGBB. */
  expectedRgb: (x: number, y: number) => number;
}

export function testBmps(): Record<string, TestBmp> {
  const indexed = (bpp: number, colorsUsed?: number): TestBmp => {
    const n = colorsUsed || 1 << bpp;
    return {
      data: writeBmp({ bpp, headerSize: 40, compression: 0, colorsUsed }, (x, y) => pictureIndex(x, y, n)),
      expectedRgb: (x, y) => indexedColor(pictureIndex(x, y, n)),
    };
  };
  const pic888 = (x: number, y: number) => pictureRgb(x, y, 8, 8, 8);
  const pic565 = (x: number, y: number) => pictureRgb(x, y, 5, 6, 5);
  const pic555 = (x: number, y: number) => pictureRgb(x, y, 5, 5, 5);
  return {
    bmp_1bit: indexed(1),
    bmp_4bit_5colors: indexed(4, 5),
    bmp_8bit: indexed(8, 20),
    bmp_16bit_565_v4: {
      data: writeBmp({ bpp: 16, headerSize: 108, compression: 3, masks: [0xf800, 0x07e0, 0x001f, 0] }, (x, y) => rgb565(pic565(x, y))),
      expectedRgb: pic565,
    },
    bmp_16bit_555: {
      data: writeBmp({ bpp: 16, headerSize: 40, compression: 0 }, (x, y) => rgb555(pic555(x, y))),
      expectedRgb: pic555,
    },
    bmp_24bit: {
      data: writeBmp({ bpp: 24, headerSize: 40, compression: 0 }, pic888),
      expectedRgb: pic888,
    },
    bmp_32bit_alpha: {
      data: writeBmp({ bpp: 32, headerSize: 40, compression: 0 }, (x, y) => (pic888(x, y) | (x * 20) << 24) >>> 0),
      expectedRgb: pic888,
    },
    bmp_32bit_v5_bitfields: {
      data: writeBmp({ bpp: 32, headerSize: 124, compression: 3, masks: [0xff0000, 0xff00, 0xff, 0xff000000] }, (x, y) => (pic888(x, y) | 0xff000000) >>> 0),
      expectedRgb: pic888,
    },
    bmp_24bit_top_down: {
      data: writeBmp({ bpp: 24, headerSize: 40, compression: 0, topDown: true }, pic888),
      // 9.x reads rows bottom-up regardless, so the picture comes out upside down.
      expectedRgb: (x, y) => pic888(x, BMP_H - 1 - y),
    },
  };
}

/** Broken files and the error CircuitPython raises for each. */
export function brokenBmps(): Record<string, { data: Uint8Array; pyType: string; message: string }> {
  const good = testBmps().bmp_24bit.data;
  const withU32 = (offset: number, v: number) => {
    const d = good.slice();
    new DataView(d.buffer).setUint32(offset, v, true);
    return d;
  };
  return {
    not_bmp: { data: Uint8Array.from([0x50, 0x4b, ...good.subarray(2)]), pyType: 'ValueError', message: 'Invalid file' },
    too_short: { data: good.slice(0, 20), pyType: 'ValueError', message: 'Invalid file' },
    os2_header: { data: withU32(14, 64), pyType: 'ValueError', message: 'Only Windows format, uncompressed BMP supported: given header size is 64' },
    rle: { data: withU32(30, 1), pyType: 'ValueError', message: 'RLE-compressed BMP not supported' },
    truncated_header: { data: good.slice(0, 40), pyType: 'ValueError', message: 'Invalid file' },
  };
}
