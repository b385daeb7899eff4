// vectorio golden scenes. check() recomputes coverage with the reference's rules
// (vectorio-bitmaptools.md §1) by brute force, independently of the shapes' code.
import type { Test } from 'tap';
import { Bitmap } from '../../../displayio/Bitmap';
import { Group } from '../../../displayio/Group';
import { TileGrid } from '../../../displayio/TileGrid';
import { Circle } from '../../../displayio/vectorio/Circle';
import { Polygon } from '../../../displayio/vectorio/Polygon';
import { Rectangle } from '../../../displayio/vectorio/Rectangle';
import { GoldenSet } from '../displayio/golden';
import { c565, makeScene, palette, Scene } from '../displayio/scene';

const COLORS = [0x000000, 0xffffff, 0xff5050, 0x50ff50, 0x5080ff, 0xffd040];

function windingCovers(pts: number[][], px: number, py: number): boolean {
  let w = 0;
  for (let i = 0; i < pts.length; i++) {
    const [x1, y1] = pts[i], [x2, y2] = pts[(i + 1) % pts.length];
    const side = (px - x1) * (y2 - y1) - (py - y1) * (x2 - x1);
    if (y1 <= py) { if (y2 > py && side < 0) w++; } else if (y2 <= py && side > 0) w--;
  }
  return w !== 0;
}

/** Counts pixels inside [x0,x1)×[y0,y1) whose lit state disagrees with `covered`. */
function mismatches(s: Scene, x0: number, y0: number, x1: number, y1: number, covered: (x: number, y: number) => number): number {
  let bad = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (s.at(x, y) !== covered(x, y)) bad++;
  return bad;
}

const CIRCLES = [0, 1, 2, 3, 4, 5, 6, 7].map((r, i) => ({ r, cx: 8 + i * 19, cy: 12 }));
const RECTS = [[1, 1], [2, 3], [3, 2], [5, 5], [7, 1], [1, 9], [11, 6], [13, 13]].map(([w, h], i) => ({ w, h, x: 4 + i * 19, y: 40 }));
const POLYS: Array<{ pts: number[][]; x: number; y: number }> = [
  { pts: [[0, 0], [12, 5], [2, 14]], x: 4, y: 70 },
  { pts: [[0, 0], [16, 0], [16, 16], [8, 6], [0, 16]], x: 26, y: 70 },
  { pts: [[10, 0], [13, 20], [0, 7], [20, 7], [7, 20]], x: 50, y: 70 },
  { pts: [[-5, -5], [5, -5], [5, 5], [-5, 5]], x: 85, y: 80 },
  { pts: [[0, 10], [10, 0], [20, 10], [10, 20]], x: 100, y: 70 },
  { pts: [[0, 0], [0, 15], [15, 15], [15, 0]], x: 130, y: 70 },
];

export const scenes: GoldenSet = {
  shapes_odd_sizes: {
    build() {
      const s = makeScene();
      const pal = palette(COLORS);
      CIRCLES.forEach(({ r, cx, cy }, i) => {
        const c = new Circle(pal, 1, cx, cy, 1 + (i % 5));
        c.radius = r; // the setter allows 0
        s.root.append(c);
      });
      RECTS.forEach(({ w, h, x, y }, i) => s.root.append(new Rectangle(pal, w, h, x, y, 1 + (i % 5))));
      POLYS.forEach(({ pts, x, y }, i) => s.root.append(new Polygon(pal, pts as Array<[number, number]>, x, y, 1 + (i % 5))));
      s.display.refresh();
      return s;
    },
    check(s: Scene, t: Test) {
      CIRCLES.forEach(({ r, cx, cy }, i) => {
        const col = c565(COLORS[1 + (i % 5)]);
        t.equal(mismatches(s, cx - 9, cy - 9, cx + 10, cy + 10, (x, y) => ((x - cx) ** 2 + (y - cy) ** 2 <= r * r ? col : 0)), 0, `circle r=${r}`);
      });
      RECTS.forEach(({ w, h, x, y }, i) => {
        const col = c565(COLORS[1 + (i % 5)]);
        t.equal(mismatches(s, x - 2, y - 2, x + w + 2, y + h + 2, (px, py) => (px >= x && px < x + w && py >= y && py < y + h ? col : 0)), 0, `rect ${w}x${h}`);
      });
      POLYS.forEach(({ pts, x, y }, i) => {
        const col = c565(COLORS[1 + (i % 5)]);
        const xs = pts.map(p => p[0]), ys = pts.map(p => p[1]);
        const [minx, maxx, miny, maxy] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        const covered = (px: number, py: number) => {
          const dx = px - x, dy = py - y;
          return dx >= minx && dx < maxx && dy >= miny && dy < maxy && windingCovers(pts, dx, dy) ? col : 0;
        };
        t.equal(mismatches(s, x + minx - 1, y + miny - 1, x + maxx + 2, y + maxy + 2, covered), 0, `polygon ${i}`);
      });
    },
  },

  scaled_group_and_transparency: {
    build() {
      const s = makeScene();
      const bg = new Bitmap(160, 128, 1);
      for (let y = 0; y < 128; y++) for (let x = 0; x < 160; x++) bg.setPixel(x, y, (x >> 2 ^ y >> 2) & 1);
      s.root.append(new TileGrid(bg, palette([0x303030, 0x606060])));
      const pal = palette(COLORS, [2]);
      const g = new Group({ scale: 3, x: 10, y: 10 });
      g.append(new Circle(pal, 5, 10, 10, 3));
      g.append(new Rectangle(pal, 4, 4, 20, 5, 1));
      const marker = new Bitmap(4, 4, 1);
      marker.fill(1);
      g.append(new TileGrid(marker, palette([0, 0xffd040]), { x: 30, y: 5 }));
      s.root.append(g);
      s.root.append(new Rectangle(pal, 30, 20, 10, 90, 2));
      const hidden = new Circle(pal, 8, 120, 100, 1);
      hidden.hidden = true;
      s.root.append(hidden);
      s.display.refresh();
      return s;
    },
    check(s: Scene, t: Test) {
      // Circle centre at 10 + 3·10 = 40, still radius 5.
      t.equal(s.at(40, 40), c565(0x50ff50));
      t.equal(s.at(45, 40), c565(0x50ff50));
      t.equal(s.at(46, 40) === c565(0x50ff50), false, 'radius not scaled');
      // Rectangle at 10 + 3·20 = 70, 10 + 3·5 = 25, still 4×4.
      t.equal(s.at(73, 28), c565(0xffffff));
      t.equal(s.at(74, 28) === c565(0xffffff), false);
      // The TileGrid beside it does scale: 4 px → 12 px from 100.
      t.equal(s.at(111, 36), c565(0xffd040));
      // Transparent entry: black, hiding the checkerboard.
      let black = 0;
      for (let y = 90; y < 110; y++) for (let x = 10; x < 40; x++) if (s.at(x, y) === 0) black++;
      t.equal(black, 600, 'transparent colour index paints black');
      t.not(s.at(120, 100), c565(0xffffff), 'hidden shape not drawn');
    },
  },
};
