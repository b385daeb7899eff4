// PNG encode (a small encoder on node:zlib, faster than pngjs for our sizes) with integer
// nearest-neighbour scaling, and decode via pngjs for golden comparisons.

// node:zlib is loaded on first use: at the top it cost every start-up ~1.5 ms.
const nodeZlib = (): typeof import('node:zlib') => require('node:zlib');

// pngjs ships no types; this is the one call we use.
interface PngSync { read(data: Buffer): { width: number; height: number; data: Buffer } }

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  out.set(data, 8);
  out.writeUInt32BE(nodeZlib().crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes RGBA pixels as an 8-bit RGB PNG, each pixel repeated scale×scale times. */
export function encodePNG(rgba: Uint8Array, width: number, height: number, scale = 1): Buffer {
  const ow = width * scale, oh = height * scale;
  const raw = Buffer.alloc((ow * 3 + 1) * oh);
  let o = 0;
  for (let y = 0; y < oh; y++) {
    raw[o++] = 0; // filter: none
    const row = Math.floor(y / scale) * width;
    for (let x = 0; x < ow; x++) {
      const i = (row + Math.floor(x / scale)) * 4;
      raw[o++] = rgba[i]; raw[o++] = rgba[i + 1]; raw[o++] = rgba[i + 2];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(ow, 0);
  ihdr.writeUInt32BE(oh, 4);
  ihdr[8] = 8; ihdr[9] = 2; // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', nodeZlib().deflateSync(raw)), chunk('IEND', new Uint8Array(0)),
  ]);
}

export interface DecodedImage {
  width: number;
  height: number;
  rgba: Uint8Array;
}

export function decodePNG(data: Uint8Array): DecodedImage {
  // Loaded on first use: pngjs and node:assert under it cost every run's start-up ~3 ms otherwise.
  const { PNG } = require('pngjs') as { PNG: { sync: PngSync } };
  const png = PNG.sync.read(Buffer.from(data));
  return { width: png.width, height: png.height, rgba: new Uint8Array(png.data) };
}
