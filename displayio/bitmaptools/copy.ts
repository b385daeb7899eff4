// bitmaptools copies between bitmaps and from buffers: blit, arrayblit, readinto, rotozoom.
// Arguments arrive validated by the binding. reference: vectorio-bitmaptools.md §2.
import { Bitmap } from '../Bitmap';
import { fail } from '../errors';

export interface BlitOptions {
  x1: number; y1: number; x2: number; y2: number;
  skipSourceIndex: number | null;
  skipDestIndex: number | null;
}

/** Copies raw values; runs backwards when moving right/down so overlapping same-bitmap moves work. */
export function blit(dest: Bitmap, src: Bitmap, x: number, y: number, o: BlitOptions): void {
  if (dest.readOnly) fail('RuntimeError', 'Read-only');
  const { x1, y1, x2, y2 } = o;
  const w = x2 - x1, h = y2 - y1;
  dest.markDirty(x, y, Math.min(x + w, dest.width), Math.min(y + h, dest.height));
  const xRev = x > x1, yRev = y > y1;
  for (let i = 0; i < w; i++) {
    const xs = xRev ? x2 - i - 1 : x1 + i;
    const xd = xRev ? x + w - i - 1 : x + i;
    if (xd < 0 || xd >= dest.width) continue;
    for (let j = 0; j < h; j++) {
      const ys = yRev ? y2 - j - 1 : y1 + j;
      const yd = yRev ? y + h - j - 1 : y + j;
      if (yd < 0 || yd >= dest.height) continue;
      const v = src.getPixel(xs, ys);
      if (o.skipSourceIndex !== null && v === o.skipSourceIndex) continue;
      if (o.skipDestIndex !== null && dest.getPixel(xd, yd) === o.skipDestIndex) continue;
      dest.setPixelRaw(xd, yd, v);
    }
  }
}

/** Values from a typed buffer, row by row into [x1,x2)×[y1,y2), masked to the bitmap depth. */
export function arrayblit(b: Bitmap, data: ArrayLike<number>, x1: number, y1: number, x2: number, y2: number,
  skipIndex: number | null): void {
  if ((x2 - x1) * (y2 - y1) > data.length) fail('IndexError', 'index out of range');
  const mask = b.maxValue;
  let i = 0;
  for (let y = y1; y < y2; y++) {
    for (let x = x1; x < x2; x++) {
      const v = data[i++];
      if (skipIndex === null || v !== skipIndex) b.setPixelRaw(x, y, v & mask);
    }
  }
  b.markDirty(x1, y1, x2, y2);
}

export interface ReadintoOptions {
  bitsPerPixel: number;
  elementSize: number;
  reversePixelsInElement: boolean;
  swapBytesInElement: boolean;
  reverseRows: boolean;
}

/** Reads `height` rows from `read` (which returns at most n bytes); a short row is EOFError. */
export function readinto(b: Bitmap, read: (n: number) => Uint8Array, o: ReadintoOptions): void {
  const mask = b.maxValue;
  const es = o.elementSize, bpp = o.bitsPerPixel;
  b.markDirty(0, 0, b.width, b.height);
  const rowSize = es * Math.ceil((b.width * bpp) / (es * 8));
  for (let y = 0; y < b.height; y++) {
    const got = read(rowSize);
    if (got.length !== rowSize) fail('EOFError', '');
    const row = new Uint8Array(Math.ceil(rowSize / 4) * 4);
    row.set(got);
    if (o.swapBytesInElement && es > 1) {
      for (let i = 0; i < rowSize; i += es) row.subarray(i, i + es).reverse();
    }
    const view = new DataView(row.buffer);
    const yd = o.reverseRows ? b.height - 1 - y : y;
    for (let x = 0; x < b.width; x++) {
      let v = 0;
      switch (bpp) {
        case 1: case 2: case 4: {
          const per = 8 / bpp;
          const slot = o.reversePixelsInElement ? per - 1 - (x % per) : x % per;
          v = (row[Math.floor(x / per)] >> (slot * bpp)) & ((1 << bpp) - 1);
          break;
        }
        case 8: v = row[x]; break;
        case 16: v = view.getUint16(x * 2, true); break;
        case 24: v = (row[x * 3] << 16) | (row[x * 3 + 1] << 8) | row[x * 3 + 2]; break;
        default: v = view.getUint32(x * 4, true);
      }
      b.setPixelRaw(x, yd, (v & mask) >>> 0);
    }
  }
}

export interface RotozoomOptions {
  ox: number; oy: number;
  destClip0: [number, number]; destClip1: [number, number];
  px: number; py: number;
  sourceClip0: [number, number]; sourceClip1: [number, number];
  angle: number; scale: number;
  skipIndex: number | null;
}

const f = Math.fround;

/** Rotates and scales `src` about (px, py) onto `dest` at (ox, oy), in single-precision steps. */
export function rotozoom(dest: Bitmap, src: Bitmap, o: RotozoomOptions): void {
  const { ox, oy, px, py } = o;
  const scale = f(o.scale), angle = f(o.angle);
  const sinA = f(Math.sin(angle)), cosA = f(Math.cos(angle));
  let minx = o.destClip1[0], miny = o.destClip1[1], maxx = o.destClip0[0], maxy = o.destClip0[1];
  const sw = src.width, sh = src.height;
  const corners: Array<[number, number]> = [
    [f(f(f(f(-cosA * px) * scale) + f(f(sinA * py) * scale)) + ox), f(f(f(f(-sinA * px) * scale) - f(f(cosA * py) * scale)) + oy)],
    [f(f(f(f(cosA * (sw - px)) * scale) + f(f(sinA * py) * scale)) + ox), f(f(f(f(sinA * (sw - px)) * scale) - f(f(cosA * py) * scale)) + oy)],
    [f(f(f(f(cosA * (sw - px)) * scale) - f(f(sinA * (sh - py)) * scale)) + ox), f(f(f(f(sinA * (sw - px)) * scale) + f(f(cosA * (sh - py)) * scale)) + oy)],
    [f(f(f(f(-cosA * px) * scale) - f(f(sinA * (sh - py)) * scale)) + ox), f(f(f(f(-sinA * px) * scale) + f(f(cosA * (sh - py)) * scale)) + oy)],
  ];
  for (const [dx, dy] of corners) {
    if (dx < minx) minx = Math.trunc(dx);
    if (dx > maxx) maxx = Math.trunc(dx);
    if (dy < miny) miny = Math.trunc(dy);
    if (dy > maxy) maxy = Math.trunc(dy);
  }
  minx = Math.max(minx, o.destClip0[0]); maxx = Math.min(maxx, o.destClip1[0] - 1);
  miny = Math.max(miny, o.destClip0[1]); maxy = Math.min(maxy, o.destClip1[1] - 1);

  const dvCol = f(cosA / scale), duCol = f(sinA / scale);
  const duRow = dvCol, dvRow = f(-duCol);
  const startu = f(px - f(f(ox * dvCol) + f(oy * duCol)));
  const startv = f(py - f(f(ox * dvRow) + f(oy * duRow)));
  let rowu = f(startu + f(miny * duCol));
  let rowv = f(startv + f(miny * dvCol));
  dest.markDirty(minx, miny, maxx + 1, maxy + 1);
  const [sx0, sy0] = o.sourceClip0, [sx1, sy1] = o.sourceClip1;
  for (let y = miny; y <= maxy; y++) {
    let u = f(rowu + f(minx * duRow));
    let v = f(rowv + f(minx * dvRow));
    for (let x = minx; x <= maxx; x++) {
      if (u >= sx0 && u < sx1 && v >= sy0 && v < sy1) {
        const c = src.getPixel(Math.trunc(u), Math.trunc(v));
        if (o.skipIndex === null || c !== o.skipIndex) dest.setPixelRaw(x, y, c);
      }
      u = f(u + duRow);
      v = f(v + dvRow);
    }
    rowu = f(rowu + duCol);
    rowv = f(rowv + dvCol);
  }
}
