// bitmaptools.blit, arrayblit, readinto, rotozoom as Python sees them.
// reference: vectorio-bitmaptools.md §2.
import {
  bytesLike, callMethod, defineFunction, newTypeError, newValueError, None, PyTuple, PyValue,
  validateFloat, validateInt, validateIntRange,
} from '../../../src/objects';
import { asBitmap } from '../../bindings/Bitmap';
import { bool, bufferElements, guard, optionalInt } from '../../bindings/convert';
import { Bitmap } from '../../Bitmap';
import { arrayblit, blit, readinto, rotozoom } from '../copy';
import { rect } from './checks';

const opt = (v: PyValue) => (v === None || v === undefined ? null : v);

/** A clip corner: an (x, y) tuple clamped to the bitmap, or the given default. */
function clipPoint(v: PyValue, b: Bitmap, def: [number, number]): [number, number] {
  if (v === None) return def;
  if (!(v instanceof PyTuple) || v.items.length !== 2) throw newValueError('clip point must be (x,y) tuple');
  const x = validateInt(v.items[0], 'x'), y = validateInt(v.items[1], 'y');
  return [Math.min(Math.max(x, 0), b.width), Math.min(Math.max(y, 0), b.height)];
}

function ordered(a: [number, number], b: [number, number]): [[number, number], [number, number]] {
  return [[Math.min(a[0], b[0]), Math.min(a[1], b[1])], [Math.max(a[0], b[0]), Math.max(a[1], b[1])]];
}

export function copyFunctions(): Record<string, PyValue> {
  return {
    blit: defineFunction(
      'blit(dest_bitmap, source_bitmap, x, y, x1=0, y1=0, x2=None, y2=None, skip_source_index=None, skip_dest_index=None)',
      (dest, src, x, y, x1, y1, x2, y2, skipSrc, skipDest) => {
        const d = asBitmap(dest, 'dest_bitmap'), s = asBitmap(src, 'source_bitmap');
        const dx = validateIntRange(x, 0, d.width, 'x'), dy = validateIntRange(y, 0, d.height, 'y');
        const [sx1, sy1, sx2, sy2] = rect(s, x1, y1, opt(x2), opt(y2));
        if (d.bitsPerValue < s.bitsPerValue) throw newValueError('source palette too large');
        guard(() => blit(d, s, dx, dy, {
          x1: sx1, y1: sy1, x2: sx2, y2: sy2,
          skipSourceIndex: optionalInt(skipSrc, (v) => validateInt(v, 'skip_source_index')),
          skipDestIndex: optionalInt(skipDest, (v) => validateInt(v, 'skip_dest_index')),
        }));
      },
    ),
    // 9.2.x declares y1 and y2 required (fixed in 10.x).
    arrayblit: defineFunction('arrayblit(bitmap, data, x1=0, y1=?, x2=None, y2=?, skip_index=None)', (bmp, data, x1, y1, x2, y2, skip) => {
      if (y1 === undefined) throw newTypeError("'y1' argument required");
      if (y2 === undefined) throw newTypeError("'y2' argument required");
      const b = asBitmap(bmp, 'bitmap');
      const [ax, ay, bx, by] = rect(b, x1, y1, opt(x2), opt(y2));
      const elems = bufferElements(data);
      if (!elems) throw newTypeError('object with buffer protocol required');
      guard(() => arrayblit(b, elems.values, ax, ay, bx, by, optionalInt(skip, (v) => validateInt(v, 'skip_index'))));
    }),
    readinto: defineFunction(
      'readinto(bitmap, file, bits_per_pixel, element_size=1, reverse_pixels_in_element=False, swap_bytes_in_element=False, reverse_rows=False)',
      (bmp, file, bpp, es, reversePixels, swapBytes, reverseRows) => {
        const b = asBitmap(bmp, 'bitmap');
        const bits = validateInt(bpp, 'bits_per_pixel'), size = validateInt(es, 'element_size');
        if (![1, 2, 4, 8, 16, 24, 32].includes(bits)) throw newValueError(`invalid bits_per_pixel ${bits}, must be, 1, 2, 4, 8, 16, 24, or 32`);
        if (![1, 2, 4].includes(size)) throw newValueError(`invalid element_size ${size}, must be, 1, 2, or 4`);
        if (bits === 24 && size !== 1) throw newValueError(`invalid element size ${size} for bits_per_pixel ${bits}`);
        const read = (n: number) => bytesLike(callMethod(file, 'read', [n])) ?? new Uint8Array(0);
        guard(() => readinto(b, read, {
          bitsPerPixel: bits, elementSize: size, reversePixelsInElement: bool(reversePixels),
          swapBytesInElement: bool(swapBytes), reverseRows: bool(reverseRows),
        }));
      },
    ),
    rotozoom: defineFunction(
      'rotozoom(dest_bitmap, source_bitmap, *, ox=None, oy=None, dest_clip0=None, dest_clip1=None, px=None, py=None, source_clip0=None, source_clip1=None, angle=None, scale=None, skip_index=None)',
      (dest, src, ox, oy, dc0, dc1, px, py, sc0, sc1, angle, scale, skip) => {
        const d = asBitmap(dest, 'dest_bitmap'), s = asBitmap(src, 'source_bitmap');
        if (d.bitsPerValue < s.bitsPerValue) throw newValueError('source palette too large');
        const [dClip0, dClip1] = ordered(clipPoint(dc0, d, [0, 0]), clipPoint(dc1, d, [d.width, d.height]));
        const [sClip0, sClip1] = ordered(clipPoint(sc0, s, [0, 0]), clipPoint(sc1, s, [s.width, s.height]));
        let k = scale === None ? 1 : validateFloat(scale, 'scale');
        if (k < 0) k = 1;
        rotozoom(d, s, {
          ox: ox === None ? Math.floor(d.width / 2) : validateInt(ox, 'ox'),
          oy: oy === None ? Math.floor(d.height / 2) : validateInt(oy, 'oy'),
          px: px === None ? Math.floor(s.width / 2) : validateInt(px, 'px'),
          py: py === None ? Math.floor(s.height / 2) : validateInt(py, 'py'),
          destClip0: dClip0, destClip1: dClip1, sourceClip0: sClip0, sourceClip1: sClip1,
          angle: angle === None ? 0 : validateFloat(angle, 'angle'), scale: k,
          skipIndex: optionalInt(skip, (v) => validateInt(v, 'skip_index')),
        });
      },
    ),
  };
}

