// bitmaptools golden scenes: one per function, each drawing into a 4-bit bitmap shown 1:1
// (2:1 for the small ones). check() states pixels derived from the reference's algorithms.
import type { Test } from 'tap';
import { Bitmap } from '../../../displayio/Bitmap';
import { alphablend, BlendMode, dither, DitherAlgorithm } from '../../../displayio/bitmaptools/blend';
import { arrayblit, blit, readinto, rotozoom } from '../../../displayio/bitmaptools/copy';
import { boundaryFill, drawCircle, drawLine, drawPolygon, fillRegion } from '../../../displayio/bitmaptools/draw';
import { ColorConverter } from '../../../displayio/ColorConverter';
import { Colorspace } from '../../../displayio/Colorspace';
import { Group } from '../../../displayio/Group';
import { TileGrid } from '../../../displayio/TileGrid';
import { GoldenSet } from '../displayio/golden';
import { c565, makeScene, palette, Scene } from '../displayio/scene';

const COLORS = [0x000000, 0xffffff, 0xff4040, 0x40ff40, 0x4060ff, 0xffd040, 0x40e0e0, 0xe040e0];

/** A scene showing `b` (4-bit) at the given scale; draw() runs after the first refresh. */
function canvas(w: number, h: number, scale: number, draw: (b: Bitmap) => void): Scene {
  const s = makeScene(w * scale, h * scale);
  const b = new Bitmap(w, h, 4);
  const g = new Group({ scale });
  g.append(new TileGrid(b, palette(COLORS)));
  s.root.append(g);
  s.display.refresh();
  draw(b);
  s.display.refresh();
  return s;
}

const lit = (s: Scene, x: number, y: number, color: number, scale = 1) => s.at(x * scale, y * scale) === c565(color);

export const scenes: GoldenSet = {
  draw_line: {
    build: () => canvas(80, 64, 2, b => {
      for (let i = 0; i < 12; i++) {
        const a = (i / 12) * Math.PI * 2;
        drawLine(b, 40, 32, 40 + Math.round(Math.cos(a) * 45), 32 + Math.round(Math.sin(a) * 45), 1 + (i % 7));
      }
      drawLine(b, 2, 60, 2, 40, 1);
      drawLine(b, 70, 2, 79, 2, 2);
    }),
    check(s: Scene, t: Test) {
      t.ok(lit(s, 40, 32, COLORS[1 + (11 % 7)], 2), 'all lines meet at the centre (last drawn on top)');
      t.ok(lit(s, 2, 40, 0xffffff, 2) && lit(s, 2, 60, 0xffffff, 2), 'vertical line includes both ends');
      t.ok(lit(s, 79, 2, 0xff4040, 2), 'horizontal line to the last column');
    },
  },
  draw_polygon_and_circle: {
    build: () => canvas(80, 64, 2, b => {
      drawPolygon(b, Int8Array.from([5, 35, 30, 10]), Int8Array.from([5, 10, 40, 30]), 3, true);
      drawPolygon(b, Int8Array.from([40, 50, 60, 70]), Int8Array.from([50, 40, 55, 45]), 5, false);
      for (let r = 0; r <= 12; r += 4) drawCircle(b, 55, 20, r, 1 + r / 4);
      drawCircle(b, 0, 63, 10, 6);
    }),
    check(s: Scene, t: Test) {
      t.ok(lit(s, 55, 20, COLORS[1], 2), 'radius 0 is one pixel');
      t.ok(lit(s, 55 + 12, 20, COLORS[4], 2) && lit(s, 55, 8, COLORS[4], 2), 'r=12 reaches x+r and y-r');
      t.ok(lit(s, 0, 53, COLORS[6], 2) && lit(s, 10, 63, COLORS[6], 2), 'circle at the corner clipped');
      t.ok(lit(s, 5, 5, COLORS[3], 2), 'polygon vertex');
    },
  },
  fill_region_and_boundary_fill: {
    build: () => canvas(80, 64, 2, b => {
      fillRegion(b, 4, 4, 36, 28, 2);
      fillRegion(b, 10, 10, 20, 20, 0);
      drawCircle(b, 58, 40, 15, 1);
      drawLine(b, 43, 40, 73, 40, 1);
      boundaryFill(b, 58, 35, 4, null);
      boundaryFill(b, 58, 45, 5, 0);
      boundaryFill(b, 15, 15, 6, null);
    }),
    check(s: Scene, t: Test) {
      t.ok(lit(s, 4, 4, COLORS[2], 2) && lit(s, 35, 27, COLORS[2], 2) && lit(s, 36, 28, 0, 2), 'half-open fill');
      t.ok(lit(s, 12, 12, COLORS[6], 2), 'hole flood-filled');
      t.ok(lit(s, 58, 30, COLORS[4], 2), 'upper half');
      t.ok(lit(s, 58, 50, COLORS[5], 2), 'lower half');
      t.ok(lit(s, 2, 2, 0, 2), 'outside untouched');
    },
  },
  blit_rotozoom_arrayblit: {
    build: () => canvas(80, 64, 2, b => {
      const sprite = new Bitmap(12, 8, 4);
      for (let y = 0; y < 8; y++) for (let x = 0; x < 12; x++) sprite.setPixelRaw(x, y, x < 2 || y < 2 ? 0 : 1 + ((x + y) % 7));
      blit(b, sprite, 2, 2, { x1: 0, y1: 0, x2: 12, y2: 8, skipSourceIndex: null, skipDestIndex: null });
      fillRegion(b, 16, 2, 30, 10, 2);
      blit(b, sprite, 16, 2, { x1: 0, y1: 0, x2: 12, y2: 8, skipSourceIndex: 0, skipDestIndex: null });
      blit(b, sprite, 72, 56, { x1: 2, y1: 2, x2: 12, y2: 8, skipSourceIndex: null, skipDestIndex: null });
      for (const [i, angle] of [0.3, 1.2, 2.5].entries()) {
        rotozoom(b, sprite, {
          ox: 15 + i * 22, oy: 35, destClip0: [0, 0], destClip1: [80, 64], px: 6, py: 4,
          sourceClip0: [0, 0], sourceClip1: [12, 8], angle, scale: 1 + i * 0.5, skipIndex: 0,
        });
      }
      const data = Uint8Array.from({ length: 16 * 4 }, (_, i) => i);
      arrayblit(b, data, 60, 2, 76, 6, null);
    }),
    check(s: Scene, t: Test) {
      t.ok(lit(s, 2, 2, 0, 2), 'blit copies index 0 when no skip');
      t.ok(lit(s, 16, 2, COLORS[2], 2), 'skip_source_index keeps the destination');
      t.ok(lit(s, 79, 61, COLORS[1 + ((9 + 7) % 7)], 2), 'source (9, 7) at the clipped right edge');
      t.ok(lit(s, 79, 62, 0, 2), 'only 6 source rows');
      t.ok(lit(s, 61, 2, COLORS[1], 2), 'arrayblit value 1');
      t.ok(lit(s, 68, 2, 0, 2), 'value 8 is past the 8-entry palette: transparent, black');
      t.ok(lit(s, 60, 3, COLORS[0], 2) && lit(s, 61, 3, COLORS[1], 2), 'value 16 masked to 0, 17 to 1');
    },
  },
  alphablend_and_dither: {
    build() {
      const s = makeScene(128, 64);
      const a = new Bitmap(64, 32, 16), bb = new Bitmap(64, 32, 16), out = new Bitmap(64, 32, 16), out2 = new Bitmap(64, 32, 16);
      for (let y = 0; y < 32; y++) for (let x = 0; x < 64; x++) {
        a.setPixelRaw(x, y, ((x >> 1) << 11) | (y << 1));
        bb.setPixelRaw(x, y, ((y * 2) << 5) | (31 - (x >> 1)));
      }
      alphablend(out, a, bb, { colorspace: Colorspace.RGB565, factor1: 0.7, factor2: 0.4, blendmode: BlendMode.Normal, skip1: null, skip2: null });
      alphablend(out2, a, bb, { colorspace: Colorspace.RGB565, factor1: 0.5, factor2: 0.5, blendmode: BlendMode.Screen, skip1: null, skip2: null });
      const cc = new ColorConverter(Colorspace.RGB565);
      s.root.append(new TileGrid(out, cc));
      s.root.append(new TileGrid(out2, cc, { x: 64 }));
      const gray = new Bitmap(64, 32, 8);
      for (let y = 0; y < 32; y++) for (let x = 0; x < 64; x++) gray.setPixelRaw(x, y, x * 4);
      const d1 = new Bitmap(64, 32, 1), d2 = new Bitmap(64, 32, 1);
      dither(d1, gray, Colorspace.L8, DitherAlgorithm.Atkinson);
      dither(d2, gray, Colorspace.L8, DitherAlgorithm.FloydStenberg);
      const bw = palette([0, 0xffffff]);
      s.root.append(new TileGrid(d1, bw, { y: 32 }));
      s.root.append(new TileGrid(d2, bw, { x: 64, y: 32 }));
      s.display.refresh();
      return s;
    },
    check(s: Scene, t: Test) {
      t.equal(s.at(0, 32), 0, 'dark end stays black');
      let white = 0;
      for (let y = 32; y < 64; y++) for (let x = 0; x < 4; x++) if (s.at(60 + x, y)) white++;
      t.ok(white > 100, 'bright end mostly white');
      t.not(s.at(10, 10), 0, 'blend produced colour');
    },
  },
  readinto: {
    build: () => canvas(16, 8, 4, b => {
      const bytes = Uint8Array.from({ length: 64 }, (_, i) => (i * 37) & 0xff);
      let pos = 0;
      readinto(b, n => bytes.subarray(pos, (pos += n)), { bitsPerPixel: 4, elementSize: 2, reversePixelsInElement: true, swapBytesInElement: true, reverseRows: true });
    }),
    check(s: Scene, t: Test) {
      // The first 8-byte row [0, 37, 74, 111, …] lands on row 7 (reverse_rows); swapping 2-byte
      // elements gives [37, 0, 111, 74, …]; reversed pixels take each byte's high nibble first.
      const want = [37 >> 4, 37 & 15, 0, 0, 111 >> 4, 111 & 15, 74 >> 4, 74 & 15];
      want.forEach((v, x) => t.ok(lit(s, x, 7, v < 8 ? COLORS[v] : 0, 4), `row 7 pixel ${x} = ${v}`));
    },
  },
};
