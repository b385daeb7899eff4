// displayio golden scenes. Each check() recomputes pixels from the reference's rules
// (displayio-objects.md, display-rendering.md) independently of the compositor.
import { Bitmap } from '../../../displayio/Bitmap';
import { ColorConverter } from '../../../displayio/ColorConverter';
import { Colorspace } from '../../../displayio/Colorspace';
import { Group } from '../../../displayio/Group';
import { OnDiskBitmap } from '../../../displayio/OnDiskBitmap';
import { TileGrid } from '../../../displayio/TileGrid';
import { BMP_H, BMP_W, testBmps } from '../../../scripts/make-test-bmps';
import { GoldenSet } from './golden';
import { c565, makeScene, palette } from './scene';

// Two 8×6 tiles: an "F" (colours 1/2) and an "L" (colour 3), so every flip is visible.
const TILE_ROWS = [
  '11111110' + '30000000',
  '12000000' + '30000000',
  '11111000' + '30000000',
  '12000000' + '30000000',
  '12000000' + '30000000',
  '12000000' + '33333330',
];
const TILE_COLORS = [0x202020, 0xffcc00, 0xff0000, 0x00ccff];

function tileBitmap(): Bitmap {
  const b = new Bitmap(16, 6, 4);
  TILE_ROWS.forEach((row, y) => [...row].forEach((ch, x) => b.setPixel(x, y, Number(ch))));
  return b;
}

const COMBOS: Array<[boolean, boolean, boolean]> = [];
for (const tr of [false, true]) for (const fy of [false, true]) for (const fx of [false, true]) COMBOS.push([fx, fy, tr]);

export const scenes: GoldenSet = {
  tilegrid_transforms: {
    build() {
      const s = makeScene();
      const g = new Group({ scale: 2 });
      s.root.append(g);
      const bmp = tileBitmap(), pal = palette(TILE_COLORS);
      COMBOS.forEach(([fx, fy, tr], i) => {
        const tg = new TileGrid(bmp, pal, { width: 2, height: 1, tileWidth: 8, tileHeight: 6, x: 2 + (i % 4) * 20, y: 3 + Math.floor(i / 4) * 30 });
        tg.setTile(0, 0, 0);
        tg.setTile(1, 0, 1);
        tg.flipX = fx; tg.flipY = fy; tg.transposeXY = tr;
        g.append(tg);
      });
      s.display.refresh();
      return s;
    },
    check(s, t) {
      const W = 16, H = 6;
      COMBOS.forEach(([fx, fy, tr], i) => {
        const ox = 2 * (2 + (i % 4) * 20), oy = 2 * (3 + Math.floor(i / 4) * 30);
        let bad = 0;
        for (let sy = 0; sy < 2 * (tr ? W : H); sy++) {
          for (let sx = 0; sx < 2 * (tr ? H : W); sx++) {
            const lx = sx >> 1, ly = sy >> 1;
            const u = tr ? (fx ? W - 1 - ly : ly) : (fx ? W - 1 - lx : lx);
            const v = tr ? (fy ? H - 1 - lx : lx) : (fy ? H - 1 - ly : ly);
            if (s.at(ox + sx, oy + sy) !== c565(TILE_COLORS[Number(TILE_ROWS[v][u])])) bad++;
          }
        }
        t.equal(bad, 0, `flip_x=${fx} flip_y=${fy} transpose_xy=${tr}`);
      });
    },
  },

  palette_transparency: {
    build() {
      const s = makeScene();
      const stripes = new Bitmap(160, 128, 1);
      for (let y = 0; y < 128; y++) for (let x = 0; x < 160; x++) stripes.setPixel(x, y, ((x + y) >> 3) & 1);
      s.root.append(new TileGrid(stripes, palette([0x004400, 0x0000aa])));
      // Values 0..7 over a 4-entry palette whose entry 1 is transparent: 1 and 4..7 show through.
      const over = new Bitmap(64, 64, 4);
      for (let y = 0; y < 64; y++) for (let x = 0; x < 64; x++) over.setPixel(x, y, (x >> 3) % 8);
      s.root.append(new TileGrid(over, palette([0xffffff, 0xff0000, 0xffff00, 0xff00ff], [1]), { x: 40, y: 30 }));
      s.display.refresh();
      return s;
    },
    check(s, t) {
      const stripe = (x: number, y: number) => c565(((x + y) >> 3) & 1 ? 0x0000aa : 0x004400);
      const want = [0xffffff, -1, 0xffff00, 0xff00ff, -1, -1, -1, -1];
      for (let col = 0; col < 8; col++) {
        const x = 40 + col * 8 + 3, y = 50;
        t.equal(s.at(x, y), want[col] < 0 ? stripe(x, y) : c565(want[col]), `value ${col}`);
      }
    },
  },

  nested_scaled_groups: {
    build() {
      const s = makeScene();
      const b = new Bitmap(3, 2, 2);
      [[0, 0, 1], [1, 0, 2], [2, 0, 3], [0, 1, 3], [1, 1, 0], [2, 1, 1]].forEach(([x, y, v]) => b.setPixel(x, y, v));
      const pal = palette([0x000000, 0xff4040, 0x40ff40, 0x4040ff], [0]);
      const a = new Group({ x: 10, y: 8, scale: 2 });
      const inner = new Group({ x: 20, y: 5, scale: 3 });
      const hiddenGroup = new Group({ x: 1, y: 20 });
      hiddenGroup.append(new TileGrid(b, pal));
      hiddenGroup.hidden = true;
      a.append(new TileGrid(b, pal, { x: 1, y: 1 }));
      inner.append(new TileGrid(b, pal, { x: 2, y: 0 }));
      a.append(inner);
      a.append(hiddenGroup);
      s.root.append(a);
      s.display.refresh();
      return s;
    },
    check(s, t) {
      // a's tile at 10 + 2·1 = 12, 8 + 2 = 10, 2×2 blocks.
      t.equal(s.at(12, 10), c565(0xff4040)); t.equal(s.at(13, 11), c565(0xff4040));
      t.equal(s.at(14, 10), c565(0x40ff40)); t.equal(s.at(12, 12), c565(0x4040ff));
      t.equal(s.at(14, 12), 0, 'transparent entry shows black');
      // inner origin 10 + 2·20 = 50, 8 + 2·5 = 18, scale 6; tile at 50 + 6·2 = 62.
      t.equal(s.at(61, 18), 0); t.equal(s.at(62, 18), c565(0xff4040)); t.equal(s.at(67, 23), c565(0xff4040));
      t.equal(s.at(68, 18), c565(0x40ff40)); t.equal(s.at(79, 29), c565(0xff4040));
      t.equal(s.at(80, 29), 0);
      t.equal(s.at(12, 48), 0, 'hidden group draws nothing');
    },
  },

  clipping_edges: {
    build() {
      const s = makeScene();
      const b = new Bitmap(10, 10, 2);
      for (let y = 0; y < 10; y++) for (let x = 0; x < 10; x++) b.setPixel(x, y, x === 0 || y === 0 ? 1 : x === 9 || y === 9 ? 2 : 3);
      const pal = palette([0, 0xffffff, 0xff0000, 0x3060c0]);
      for (const [x, y] of [[-5, 40], [155, 40], [60, -5], [60, 123], [-5, -5], [155, 123]]) s.root.append(new TileGrid(b, pal, { x, y }));
      const big = new Group({ scale: 3, x: 140, y: 100 });
      big.append(new TileGrid(b, pal));
      s.root.append(big);
      const t2 = new TileGrid(b, pal, { x: -30000, y: 60 });
      s.root.append(t2);
      s.display.refresh();
      return s;
    },
    check(s, t) {
      t.equal(s.at(0, 40), c565(0xffffff), 'left: top edge row visible');
      t.equal(s.at(4, 49), c565(0xff0000), 'left: x=9 column at screen 4');
      t.equal(s.at(159, 45), c565(0x3060c0), 'right: clipped at 159');
      t.equal(s.at(155, 45), c565(0xffffff));
      t.equal(s.at(60, 0), c565(0xffffff), 'top');
      t.equal(s.at(65, 4), c565(0xff0000), 'top: y=9 row at 4');
      t.equal(s.at(65, 127), c565(0x3060c0), 'bottom');
      t.equal(s.at(140, 100), c565(0xffffff), 'scaled: corner');
      t.equal(s.at(143, 103), c565(0x3060c0));
      t.equal(s.at(159, 127), c565(0xff0000), 'scaled: source row 9 (red) on top of the corner grid');
      t.equal(s.at(0, 60), 0, 'far off-screen draws nothing');
    },
  },

  colorconverter: {
    build() {
      const s = makeScene();
      const ramp = new Bitmap(64, 32, 16);
      for (let y = 0; y < 32; y++) for (let x = 0; x < 64; x++) ramp.setPixel(x, y, ((y & 31) << 11) | ((x & 63) << 5) | (31 - (y & 31)));
      s.root.append(new TileGrid(ramp, new ColorConverter(Colorspace.RGB565), { x: 4, y: 4 }));
      const swapped = new Bitmap(32, 32, 16);
      swapped.fill(0x1ff8); // 0xf81f byte-swapped: magenta
      for (let i = 0; i < 32; i++) swapped.setPixel(i, i, 0xe007); // 0x07e0 swapped: green
      const cc = new ColorConverter(Colorspace.RGB565_SWAPPED);
      cc.makeTransparent(0xe007);
      s.root.append(new TileGrid(swapped, cc, { x: 80, y: 4 }));
      const gray = new Bitmap(128, 16, 8);
      for (let x = 0; x < 128; x++) for (let y = 0; y < 16; y++) gray.setPixel(x, y, x * 2);
      s.root.append(new TileGrid(gray, new ColorConverter(Colorspace.L8), { x: 4, y: 60 }));
      s.display.refresh();
      return s;
    },
    check(s, t) {
      // RGB565 in → RGB888 without replication → RGB565: the value comes back unchanged.
      t.equal(s.at(4 + 63, 4 + 31), (31 << 11) | (63 << 5) | 0);
      t.equal(s.at(4 + 10, 4 + 3), (3 << 11) | (10 << 5) | 28);
      t.equal(s.at(81, 4), 0xf81f, 'swapped input decoded');
      t.equal(s.at(85, 9), 0, 'transparent raw value shows black');
      t.equal(s.at(4 + 100, 60), c565(0xc8c8c8), 'L8 200');
    },
  },

  palette_dither: {
    build() {
      const s = makeScene(64, 32);
      const b = new Bitmap(64, 32, 1);
      for (let y = 0; y < 32; y++) for (let x = 32; x < 64; x++) b.setPixel(x, y, 1);
      const p = palette([0x808080, 0x3c6e9a]);
      p.dither = true;
      s.root.append(new TileGrid(b, p));
      s.display.refresh();
      return s;
    },
    check(s, t) {
      let bad = 0, varied = new Set<number>();
      for (let y = 0; y < 32; y++) {
        for (let x = 0; x < 32; x++) {
          const p = s.at(x, y), r = p >> 11, g = (p >> 5) & 63, b = p & 31;
          varied.add(p);
          // 0x80 + up to 7 (red, blue) / 3 (green) of noise, then truncated.
          if (r < 16 || r > 16 || g < 32 || g > 32 || b < 16 || b > 16) bad++;
        }
      }
      t.equal(bad, 0, 'noise never carries 0x80 past the next step');
      t.equal(varied.size, 1, '0x80 + noise < 0x88 truncates to the same RGB565 value');
      varied = new Set();
      for (let y = 0; y < 32; y++) for (let x = 32; x < 64; x++) varied.add(s.at(x, y));
      t.ok(varied.size > 1, 'near a step the noise shows');
    },
  },

  ondiskbitmap_variants: {
    build() {
      const s = makeScene();
      const g = new Group({ scale: 3 });
      s.root.append(g);
      Object.values(testBmps()).forEach(({ data }, i) => {
        const odb = new OnDiskBitmap(data);
        g.append(new TileGrid(odb, odb.pixelShader, { x: 1 + (i % 4) * 13, y: 1 + Math.floor(i / 4) * 10 }));
      });
      s.display.refresh();
      return s;
    },
    check(s, t) {
      Object.entries(testBmps()).forEach(([name, { expectedRgb }], i) => {
        const ox = 3 * (1 + (i % 4) * 13), oy = 3 * (1 + Math.floor(i / 4) * 10);
        let bad = 0;
        for (let y = 0; y < BMP_H; y++) for (let x = 0; x < BMP_W; x++) {
          if (s.at(ox + 3 * x + 1, oy + 3 * y + 1) !== c565(expectedRgb(x, y))) bad++;
        }
        t.equal(bad, 0, name);
      });
    },
  },

  rotation_90: {
    build() {
      const s = makeScene();
      s.display.rotation = 90;
      const b = new Bitmap(20, 10, 2);
      b.fill(1);
      for (let x = 0; x < 20; x++) b.setPixel(x, 0, 2);
      for (let y = 0; y < 10; y++) b.setPixel(0, y, 3);
      s.root.append(new TileGrid(b, palette([0, 0x808080, 0xff0000, 0x00ff00]), { x: 5, y: 7 }));
      s.display.refresh();
      return s;
    },
    check(s, t) {
      // logical (ux, uy) → panel (159 - uy, ux): the red top row becomes a column on the right.
      const p = (ux: number, uy: number) => s.panel.pixels[ux * 160 + (159 - uy)];
      t.equal(p(6, 7), c565(0xff0000));
      t.equal(p(5, 8), c565(0x00ff00));
      t.equal(p(10, 10), c565(0x808080));
      t.equal(s.panel.pixels[6 * 160 + 152], c565(0xff0000), 'panel (152, 6)');
    },
  },
};

