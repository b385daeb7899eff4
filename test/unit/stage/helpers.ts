// Test helpers: run Python on a fresh headless board (either one) with extra files on its drive,
// and write small BMP files.
import * as zlib from 'node:zlib';
import { PythonRun, runPython } from '../../golden/displayio/python';

export type StageRun = PythonRun;

/** Runs a stage program on either board. */
export function runStage(source: string, files: Record<string, Uint8Array | string> = {}, board = 'pybadge'): StageRun {
  return runPython(source, files, board);
}

/**
 * A bottom-up BMP of `bpp` bits per pixel (4 or 8) with `colors` palette entries (RGB888) and
 * pixel values from `pixel(x, y)`.
 */
export function makeBMP(width: number, height: number, bpp: 4 | 8, colors: number[], pixel: (x: number, y: number) => number, declaredColors = colors.length): Uint8Array {
  const rowBytes = Math.ceil((width * bpp) / 32) * 4;
  const paletteBytes = colors.length * 4;
  const offset = 54 + paletteBytes;
  const size = offset + rowBytes * height;
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  out[0] = 0x42; out[1] = 0x4d;
  dv.setUint32(2, size, true);
  dv.setUint32(10, offset, true);
  dv.setUint32(14, 40, true);
  dv.setInt32(18, width, true);
  dv.setInt32(22, height, true);
  dv.setUint16(26, 1, true);
  dv.setUint16(28, bpp, true);
  dv.setUint32(34, rowBytes * height, true);
  dv.setUint32(46, declaredColors, true);
  colors.forEach((c, i) => {
    out[54 + 4 * i] = c & 0xff;
    out[55 + 4 * i] = (c >> 8) & 0xff;
    out[56 + 4 * i] = (c >> 16) & 0xff;
  });
  for (let y = 0; y < height; y++) {
    const row = offset + (height - 1 - y) * rowBytes;
    for (let x = 0; x < width; x++) {
      const v = pixel(x, y);
      if (bpp === 8) out[row + x] = v;
      else out[row + (x >> 1)] |= x & 1 ? v : v << 4;
    }
  }
  return out;
}

export const BANK_COLORS = [0xff00ff, 0x000000, 0xffffff, 0xff0000, 0x00ff00, 0x0000ff, 0xffff00, 0x00ffff,
  0xff8000, 0x808080, 0x800000, 0x008000, 0x000080, 0x808000, 0x800080, 0x008080];

/** The 16-colour test bank: tile t is a frame of colour t with a diagonal and a corner mark. */
export function testBank(): Uint8Array {
  return makeBMP(16, 256, 4, BANK_COLORS, bankPixel);
}

/** A GIF89a with a 16-colour global palette; LZW codes stay 5 bits (a clear code every 12). */
export function makeGIF(width: number, height: number, colors: number[], pixel: (x: number, y: number) => number): Uint8Array {
  const out: number[] = [...Buffer.from('GIF89a')];
  out.push(width & 0xff, width >> 8, height & 0xff, height >> 8, 0x80 | 3, 0, 0);
  for (let i = 0; i < 16; i++) { const c = colors[i] ?? 0; out.push(c >> 16, (c >> 8) & 0xff, c & 0xff); }
  out.push(0x21, 0xf9, 4, 0, 0, 0, 0, 0); // a graphic control extension, skipped by readers
  out.push(0x2c, 0, 0, 0, 0, width & 0xff, width >> 8, height & 0xff, height >> 8, 0, 4);
  const codes: number[] = [];
  let n = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (n % 12 === 0) codes.push(16);
      codes.push(pixel(x, y));
      n++;
    }
  }
  codes.push(17);
  const bytes: number[] = [];
  let acc = 0, bits = 0;
  for (const c of codes) {
    acc |= c << bits;
    bits += 5;
    while (bits >= 8) { bytes.push(acc & 0xff); acc >>= 8; bits -= 8; }
  }
  if (bits) bytes.push(acc & 0xff);
  for (let i = 0; i < bytes.length; i += 255) {
    const chunk = bytes.slice(i, i + 255);
    out.push(chunk.length, ...chunk);
  }
  out.push(0, 0x3b);
  return Uint8Array.from(out);
}

/** A 4-bit palette PNG without row filters. */
export function makePNG(width: number, height: number, colors: number[], pixel: (x: number, y: number) => number): Uint8Array {
  const chunk = (kind: string, data: Uint8Array): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(kind, 4, 'latin1');
    const body = Buffer.concat([head.subarray(4), Buffer.from(data)]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body) >>> 0, 0);
    return Buffer.concat([head, Buffer.from(data), crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([4, 3, 0, 0, 0], 8);
  const plte = Uint8Array.from(colors.flatMap((c) => [c >> 16, (c >> 8) & 0xff, c & 0xff]));
  const row = width >> 1;
  const raw = new Uint8Array((row + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw[y * (row + 1) + 1 + (x >> 1)] |= x & 1 ? pixel(x, y) : pixel(x, y) << 4;
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
    chunk('PLTE', plte), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', new Uint8Array(0))]);
}

export function bankPixel(x: number, y: number): number {
  const t = y >> 4, ty = y & 15;
  if (t === 0) return 0;
  if (x === 0 || ty === 0 || x === 15 || ty === 15) return t;
  if (x === ty) return 2;
  if (x < 4 && ty < 4) return 3;
  if ((x + ty) % 7 === 0) return 0;
  return t === 1 ? 5 : 1;
}
