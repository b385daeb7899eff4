// Paints a TileGrid into the frame: a fast row path for the common case (no scale, no x-flip,
// no transpose, in-memory Bitmap, undithered Palette, 16-bit panel), a row path that looks each
// source pixel up once for any scale and flip, and a per-pixel path for transposed grids. All
// three give the same pixels.
// reference: displayio-objects.md, flip / transpose composition.
import { Area } from './area';
import { Bitmap } from './Bitmap';
import { Frame } from './layer';
import { Palette } from './Palette';
import type { TileGrid } from './TileGrid';

export function drawTileGrid(tg: TileGrid, frame: Frame, clip: Area): void {
  const cur = tg.currentArea;
  const x1 = Math.max(clip.x1, cur.x1), x2 = Math.min(clip.x2, cur.x2);
  const y1 = Math.max(clip.y1, cur.y1), y2 = Math.min(clip.y2, cur.y2);
  if (x1 >= x2 || y1 >= y2) return;
  const t = tg.transform!;
  // Scales past 8 bits or steps past int8 break on hardware; draw nothing rather than garbage.
  if (t.scale <= 0 || t.dx <= 0 || t.dy <= 0) return;
  const bmp = tg.bitmap, shader = tg.pixelShader;
  if (t.scale === 1 && !tg.flipX && !tg.transposeXY && bmp instanceof Bitmap &&
      shader instanceof Palette && !shader.dither && frame.format.depth === 16 && !frame.format.grayscale) {
    const pairs = bmp.bitsPerValue === 4 && frame.pairs ? shader.pairLut(frame.format) : null;
    drawFast(tg, bmp, shader.lut(frame.format), pairs, frame, x1, y1, x2, y2);
  } else if (!tg.transposeXY) {
    drawRows(tg, frame, x1, y1, x2, y2);
  } else {
    drawGeneral(tg, frame, x1, y1, x2, y2);
  }
}

function drawFast(tg: TileGrid, bmp: Bitmap, lut: Int32Array, pairs: Uint32Array | null, frame: Frame,
  x1: number, y1: number, x2: number, y2: number): void {
  const out = frame.pixels, out32 = frame.pairs!, fw = frame.width;
  const cx = tg.currentArea.x1, cy = tg.currentArea.y1;
  const tw = tg.tileWidth, th = tg.tileHeight, wt = tg.widthInTiles, ht = tg.heightInTiles;
  const tiles = tg.tiles, originX = tg.tileOriginX, originY = tg.tileOriginY, bpv = bmp.bitsPerValue;
  const strideBytes = bmp.strideWords * 4, bh = bmp.height, bw = bmp.width;
  const u8 = bmp.bytes, u16 = bmp.halfs, lutLen = lut.length;
  const u0 = x1 - cx;
  // Where each row starts is the same for every row; only the y terms step, without dividing.
  const xIn0 = u0 % tw, cellX0 = (((u0 / tw) | 0) + tg.topLeftX) % wt;
  const dv = tg.flipY ? -1 : 1;
  const v0 = tg.flipY ? tg.pixelHeight - 1 - (y1 - cy) : y1 - cy;
  let yIn = v0 % th, cellY = (((v0 / th) | 0) + tg.topLeftY) % ht;
  for (let py = y1; py < y2; py++) {
    const rowCell = cellY * wt;
    let o = py * fw + x1;
    let count = x2 - x1, xIn = xIn0, cellX = cellX0;
    while (count > 0) {
      const tile = tiles[rowCell + cellX];
      let bx = originX[tile] + xIn;
      const by = originY[tile] + yIn;
      let run = tw - xIn;
      if (run > count) run = count;
      count -= run;
      if (by >= bh || bx + run > bw) {
        // A tile index past the bitmap samples outside it, which reads as value 0.
        for (const end = o + run; o < end; o++, bx++) {
          const c = pixelAt(bmp, bx, by, lut);
          if (c >= 0) out[o] = c;
        }
      } else {
        const row = by * strideBytes;
        switch (bpv) {
          case 8:
            for (const end = o + run; o < end; o++, bx++) {
              const c = lut[u8[row + bx]];
              if (c >= 0) out[o] = c;
            }
            break;
          case 4: {
            // Two pixels per byte: an odd start and a lone last pixel are done on their own.
            const end = o + run;
            if (bx & 1) {
              const c = lut[u8[row + (bx >> 1)] & 15];
              if (c >= 0) out[o] = c;
              o++; bx++;
            }
            let i = row + (bx >> 1);
            if (pairs && (o & 1) === 0) {
              // Opaque palette and both sides even: one 32-bit store per byte.
              for (; o + 1 < end; o += 2, i++) out32[o >> 1] = pairs[u8[i]];
            }
            for (; o + 1 < end; o += 2, i++) {
              const b = u8[i];
              const c0 = lut[b >> 4], c1 = lut[b & 15];
              if (c0 >= 0) out[o] = c0;
              if (c1 >= 0) out[o + 1] = c1;
            }
            if (o < end) {
              const c = lut[u8[i] >> 4];
              if (c >= 0) out[o] = c;
              o++;
            }
            break;
          }
          case 1:
            for (const end = o + run; o < end; o++, bx++) {
              const c = lut[(u8[row + (bx >> 3)] >> (7 - (bx & 7))) & 1];
              if (c >= 0) out[o] = c;
            }
            break;
          case 16: {
            const row16 = row >> 1;
            for (const end = o + run; o < end; o++, bx++) {
              const val = u16[row16 + bx];
              const c = val < lutLen ? lut[val] : -1;
              if (c >= 0) out[o] = c;
            }
            break;
          }
          default:
            for (const end = o + run; o < end; o++, bx++) {
              const c = pixelAt(bmp, bx, by, lut);
              if (c >= 0) out[o] = c;
            }
        }
      }
      xIn = 0;
      if (++cellX === wt) cellX = 0;
    }
    if (dv > 0) {
      if (++yIn === th) { yIn = 0; if (++cellY === ht) cellY = 0; }
    } else if (--yIn < 0) {
      yIn = th - 1;
      if (--cellY < 0) cellY = ht - 1;
    }
  }
}

function pixelAt(bmp: Bitmap, x: number, y: number, lut: Int32Array): number {
  const val = bmp.getPixel(x, y);
  return val < lut.length ? lut[val] : -1;
}

/** Any scale and flip, no transpose: each source pixel is looked up once and written `scale` times. */
function drawRows(tg: TileGrid, frame: Frame, x1: number, y1: number, x2: number, y2: number): void {
  const out = frame.pixels, fw = frame.width, fmt = frame.format;
  const cx = tg.currentArea.x1, cy = tg.currentArea.y1, scale = tg.transform!.scale;
  const tw = tg.tileWidth, th = tg.tileHeight, wt = tg.widthInTiles, ht = tg.heightInTiles;
  const gw = tg.pixelWidth, gh = tg.pixelHeight, flipX = tg.flipX, flipY = tg.flipY;
  const tiles = tg.tiles, originX = tg.tileOriginX, originY = tg.tileOriginY;
  const bmp = tg.bitmap, shader = tg.pixelShader;
  const lut = shader instanceof Palette && !shader.dither ? shader.lut(fmt) : null;
  const lutLen = lut ? lut.length : 0;
  // Screen x1 falls `firstRun` pixels before the next source column starts.
  const sx0 = x1 - cx, lx0 = (sx0 / scale) | 0, firstRun = scale - (sx0 % scale);
  const u0 = flipX ? gw - 1 - lx0 : lx0;
  const xIn0 = u0 % tw, cellX0 = (((u0 / tw) | 0) + tg.topLeftX) % wt;
  for (let py = y1; py < y2; py++) {
    const ly = ((py - cy) / scale) | 0;
    const v = flipY ? gh - 1 - ly : ly;
    const rowCell = ((((v / th) | 0) + tg.topLeftY) % ht) * wt, yIn = v % th;
    let o = py * fw + x1;
    const end = py * fw + x2;
    let xIn = xIn0, cellX = cellX0, run = firstRun;
    while (o < end) {
      const tile = tiles[rowCell + cellX];
      const tx = originX[tile] + xIn, ty = originY[tile] + yIn;
      const val = bmp.getPixel(tx, ty);
      const c = lut ? (val < lutLen ? lut[val] : -1) : shader.shade(val, tx, ty, fmt);
      const stop = o + run < end ? o + run : end;
      if (c >= 0) for (let k = o; k < stop; k++) out[k] = c;
      o = stop;
      run = scale;
      if (flipX) {
        if (--xIn < 0) { xIn = tw - 1; if (--cellX < 0) cellX = wt - 1; }
      } else if (++xIn === tw) {
        xIn = 0;
        if (++cellX === wt) cellX = 0;
      }
    }
  }
}

/** Transposed grids: every screen pixel mapped on its own. */
function drawGeneral(tg: TileGrid, frame: Frame, x1: number, y1: number, x2: number, y2: number): void {
  const out = frame.pixels, fw = frame.width, fmt = frame.format;
  const cx = tg.currentArea.x1, cy = tg.currentArea.y1, scale = tg.transform!.scale;
  const tw = tg.tileWidth, th = tg.tileHeight, wt = tg.widthInTiles, ht = tg.heightInTiles;
  const gw = tg.pixelWidth, gh = tg.pixelHeight, bwt = tg.bitmapWidthInTiles;
  const flipX = tg.flipX, flipY = tg.flipY, transpose = tg.transposeXY;
  const bmp = tg.bitmap, shader = tg.pixelShader, tiles = tg.tiles;
  for (let py = y1; py < y2; py++) {
    const ly = ((py - cy) / scale) | 0;
    let o = py * fw + x1;
    for (let px = x1; px < x2; px++, o++) {
      const lx = ((px - cx) / scale) | 0;
      // Flips act in the grid's own axes; transpose then swaps the screen axes.
      let u: number, v: number;
      if (transpose) {
        u = flipX ? gw - 1 - ly : ly;
        v = flipY ? gh - 1 - lx : lx;
      } else {
        u = flipX ? gw - 1 - lx : lx;
        v = flipY ? gh - 1 - ly : ly;
      }
      const tile = tiles[((((v / th) | 0) + tg.topLeftY) % ht) * wt + ((((u / tw) | 0) + tg.topLeftX) % wt)];
      const tx = (tile % bwt) * tw + (u % tw);
      const ty = ((tile / bwt) | 0) * th + (v % th);
      const c = shader.shade(bmp.getPixel(tx, ty), tx, ty, fmt);
      if (c >= 0) out[o] = c;
    }
  }
}
