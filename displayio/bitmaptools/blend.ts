// bitmaptools.alphablend and bitmaptools.dither: integer maths as CircuitPython does it.
// Arguments arrive validated by the binding. reference: vectorio-bitmaptools.md §2.
import { Bitmap } from '../Bitmap';
import { Colorspace } from '../Colorspace';

export enum BlendMode { Normal, Screen }
export enum DitherAlgorithm { Atkinson, FloydStenberg }

/** C integer division (truncates toward zero). */
function idiv(a: number, b: number): number {
  return Math.trunc(a / b);
}

function bswap16(v: number): number {
  return ((v & 0xff) << 8) | ((v >> 8) & 0xff);
}

export interface AlphablendOptions {
  colorspace: Colorspace;
  factor1: number;
  factor2: number;
  blendmode: BlendMode;
  skip1: number | null;
  skip2: number | null;
}

/** Blends source 2 over source 1 into dest (L8 on 8-bit, RGB565 family on 16-bit bitmaps). */
export function alphablend(dest: Bitmap, s1: Bitmap, s2: Bitmap, o: AlphablendOptions): void {
  dest.markDirty(0, 0, dest.width, dest.height);
  const f1 = Math.trunc(Math.fround(o.factor1) * 256), f2 = Math.trunc(Math.fround(o.factor2) * 256);
  const screen = o.blendmode === BlendMode.Screen;
  const l8 = o.colorspace === Colorspace.L8;
  const swap = o.colorspace === Colorspace.RGB565_SWAPPED || o.colorspace === Colorspace.BGR565_SWAPPED;
  for (let y = 0; y < dest.height; y++) {
    for (let x = 0; x < dest.width; x++) {
      let p1 = s1.getPixel(x, y), p2 = s2.getPixel(x, y);
      if (!l8 && swap) { p1 = bswap16(p1); p2 = bswap16(p2); }
      const use1 = o.skip1 === null || p1 !== (l8 ? o.skip1 & 0xff : o.skip1);
      const use2 = o.skip2 === null || p2 !== (l8 ? o.skip2 & 0xff : o.skip2);
      dest.setPixelRaw(x, y, l8 ? blendL8(p1, p2, use1, use2, f1, f2, screen, dest.getPixel(x, y))
        : blend565(p1, p2, use1, use2, f1, f2, screen, swap, dest.getPixel(x, y)));
    }
  }
}

function blendL8(p1: number, p2: number, use1: boolean, use2: boolean, f1: number, f2: number,
  screen: boolean, old: number): number {
  let pixel: number;
  if (use1 && use2) {
    const sda = p1 * f1, sca = p2 * f2;
    const blend = screen ? sca + sda - idiv(sca * sda, 65536) : sca + idiv(sda * (256 - f2), 256);
    pixel = idiv(blend, f1 + f2 - idiv(f1 * f2, 256));
  } else if (use1) {
    pixel = idiv(p1 * f1, 256);
  } else if (use2) {
    pixel = idiv(p2 * f2, 256);
  } else {
    pixel = old;
  }
  return Math.min(255, Math.max(0, pixel));
}

// Red/blue masks are the same for BGR: each channel is blended the same way.
const R = 0xf800, G = 0x07e0, B = 0x001f;

function blend565(p1: number, p2: number, use1: boolean, use2: boolean, f1: number, f2: number,
  screen: boolean, swap: boolean, old: number): number {
  if (use1 && use2) {
    const fb = f1 + f2 - idiv(f1 * f2, 256);
    const d = [((p1 & R) >> 8) * f1, ((p1 & G) >> 3) * f1, ((p1 & B) << 3) * f1];
    const s = [((p2 & R) >> 8) * f2, ((p2 & G) >> 3) * f2, ((p2 & B) << 3) * f2];
    const mixed = s.map((sc, i) => (screen ? sc + d[i] - idiv(sc * d[i], 65536) : sc + idiv(d[i] * (256 - f2), 256)));
    const r = Math.min(R, Math.max(0, (idiv(mixed[0], fb) << 8) & R)) & R;
    const g = Math.min(G, Math.max(0, (idiv(mixed[1], fb) << 3) & G)) & G;
    const b = Math.min(B, Math.max(0, (idiv(mixed[2], fb) >> 3) & B)) & B;
    const pixel = r | g | b;
    return swap ? bswap16(pixel) : pixel;
  }
  // One usable source: its channels are scaled in place and OR-ed together unmasked (as 9.x does).
  if (use1) return (idiv((p1 & R) * f1, 256) | idiv((p1 & G) * f1, 256) | idiv((p1 & B) * f1, 256)) & 0xffff;
  if (use2) return (idiv((p2 & R) * f2, 256) | idiv((p2 & G) * f2, 256) | idiv((p2 & B) * f2, 256)) & 0xffff;
  return old;
}

interface DitherInfo { mx: number; dl: number; terms: Array<[dx: number, dy: number, dl: number]> }

const ALGORITHMS: Record<DitherAlgorithm, DitherInfo> = {
  [DitherAlgorithm.Atkinson]: { mx: 2, dl: 32, terms: [[2, 0, 32], [-1, 1, 32], [0, 1, 32], [0, 2, 32]] },
  [DitherAlgorithm.FloydStenberg]: { mx: 1, dl: 112, terms: [[-1, 1, 48], [0, 1, 80], [1, 1, 16]] },
};

/** Source luma per pixel: L8 as is, RGB565 family with weights 78/154/29 of 256. */
function fillRow(src: Bitmap, cs: Colorspace, row: Int16Array, mx: number, y: number): void {
  if (y >= src.height) return;
  row.fill(0);
  const swapBytes = cs === Colorspace.RGB565_SWAPPED || cs === Colorspace.BGR565_SWAPPED;
  for (let x = 0; x < src.width; x++) {
    let p = src.getPixel(x, y);
    if (src.bitsPerValue === 8) { row[x + mx] = p; continue; }
    if (swapBytes) p = bswap16(p);
    // Red and blue weigh differently, so BGR input swaps them back first.
    let r = (p >> 8) & 0xf8;
    const g = (p >> 3) & 0xfc;
    let b = (p << 3) & 0xf8;
    if (cs === Colorspace.BGR565 || cs === Colorspace.BGR565_SWAPPED) [r, b] = [b, r];
    row[x + mx] = idiv(r * 78 + g * 154 + b * 29, 256);
  }
}

/** Two-level serpentine error diffusion into a 1-bit (0/1) or 16-bit (0/65535) bitmap. */
export function dither(dest: Bitmap, src: Bitmap, cs: Colorspace, algorithm: DitherAlgorithm): void {
  const info = ALGORITHMS[algorithm];
  const { mx } = info;
  const w = dest.width, h = dest.height;
  const rows = [0, 1, 2].map(() => new Int16Array(w + 2 * mx));
  for (let i = 0; i < 3; i++) fillRow(src, cs, rows[i], mx, i);
  const on = dest.bitsPerValue === 1 ? 1 : 65535;
  // The error carries over from the end of one row to the start of the next, as in 9.x.
  let err = 0;
  const step = (x: number, dir: number) => {
    const pixelIn = rows[0][x + mx] + err;
    const out = pixelIn >= 128;
    dest.setPixelRaw(x, y, out ? on : 0);
    err = (pixelIn - (out ? 255 : 0)) << 16 >> 16;
    for (const [dx, dy, dl] of info.terms) {
      const x1 = x + dir * dx + mx;
      rows[dy][x1] = idiv(dl * err, 256) + rows[dy][x1];
    }
    err = idiv(err * info.dl, 256);
  };
  const rotate = () => { rows.push(rows.shift()!); };
  let y = 0;
  for (; y < h; y++) {
    for (let x = 0; x < w; x++) step(x, 1);
    rotate();
    y++;
    if (y === h) break;
    fillRow(src, cs, rows[2], mx, y + 2);
    for (let x = w - 1; x >= 0; x--) step(x, -1);
    rotate();
    fillRow(src, cs, rows[2], mx, y + 3);
  }
  dest.markDirty(0, 0, w, h);
}
