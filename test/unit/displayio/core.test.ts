// Unit tests of the displayio implementation classes, driven directly (no Python).
import t from 'tap';
import { Bitmap, bitsForValueCount } from '../../../displayio/Bitmap';
import { ColorConverter } from '../../../displayio/ColorConverter';
import { Colorspace, decodeToRgb888 } from '../../../displayio/Colorspace';
import { Group } from '../../../displayio/Group';
import { luma, rgb888To565, rgb888ToPanel, rgb888ToPanelDithered, RGB565_PANEL } from '../../../displayio/rgb565';
import { TileGrid } from '../../../displayio/TileGrid';
import { c565, makeScene, palette, throwsPy } from '../../golden/displayio/scene';

t.test('bits per value follow value_count', async t => {
  t.same([1, 2, 3, 4, 5, 16, 17, 256, 257, 65536].map(bitsForValueCount), [1, 1, 2, 2, 4, 4, 8, 8, 16, 16]);
});

t.test('bitmap packs leftmost pixel in the most significant bits, rows padded to 32 bits', async t => {
  const b = new Bitmap(10, 2, 1);
  t.equal(b.strideWords, 1);
  b.setPixel(0, 0, 1);
  b.setPixel(9, 1, 1);
  t.equal(b.bytes[0], 0x80);
  t.equal(b.bytes[4 + 1], 0x40);
  t.equal(b.getPixel(9, 1), 1);
  t.equal(b.getPixel(8, 1), 0);
  const b4 = new Bitmap(3, 1, 4);
  b4.setPixel(0, 0, 0xa);
  b4.setPixel(1, 0, 0x5);
  b4.setPixel(2, 0, 0xf);
  t.same([...b4.bytes.subarray(0, 2)], [0xa5, 0xf0]);
  const b16 = new Bitmap(2, 1, 16);
  b16.setPixel(1, 0, 0x1234);
  t.same([...b16.bytes.subarray(2, 4)], [0x34, 0x12], 'little-endian uint16');
});

t.test('bitmap fill and dirty areas', async t => {
  const b = new Bitmap(5, 4, 2);
  b.fill(3);
  for (let y = 0; y < 4; y++) for (let x = 0; x < 5; x++) t.equal(b.getPixel(x, y), 3);
  t.same([b.dirtyArea.x1, b.dirtyArea.y1, b.dirtyArea.x2, b.dirtyArea.y2], [0, 0, 5, 4]);
  b.finishRefresh();
  b.setPixel(2, 1, 0);
  b.setPixel(4, 3, 1);
  t.same([b.dirtyArea.x1, b.dirtyArea.y1, b.dirtyArea.x2, b.dirtyArea.y2], [2, 1, 5, 4]);
  b.finishRefresh();
  b.dirty(4, 3, 1, 0);
  t.same([b.dirtyArea.x1, b.dirtyArea.y1, b.dirtyArea.x2, b.dirtyArea.y2], [1, 0, 4, 3], 'normalised');
  b.finishRefresh();
  b.dirty();
  t.same([b.dirtyArea.x2, b.dirtyArea.y2], [5, 4], '-1 means full size');
});

t.test('read-only bitmap refuses writes', async t => {
  const b = new Bitmap(2, 2, 1);
  b.readOnly = true;
  throwsPy(t, () => b.setPixel(0, 0, 1), 'RuntimeError', 'Read-only');
  throwsPy(t, () => b.fill(1), 'RuntimeError', 'Read-only');
  throwsPy(t, () => b.dirty(), 'RuntimeError', 'Read-only');
});

t.test('RGB565 conversion truncates', async t => {
  t.equal(rgb888To565(0xffffff), 0xffff);
  t.equal(rgb888To565(0x0f0f0f), 0x0861);
  t.equal(rgb888To565(0x070307), 0x0000, 'low bits dropped, no rounding');
  t.equal(rgb888To565(0xff0000), 0xf800);
  t.equal(luma(0xff0000), 19);
  t.equal(luma(0x00ff00), 182);
  t.equal(rgb888ToPanel(0x00ff00, { depth: 1, grayscale: true }), 1);
  t.equal(rgb888ToPanel(0xff0000, { depth: 1, grayscale: true }), 0);
});

t.test('dither noise is deterministic and bounded', async t => {
  const a = rgb888ToPanelDithered(0x808080, RGB565_PANEL, 3, 4);
  t.equal(a, rgb888ToPanelDithered(0x808080, RGB565_PANEL, 3, 4));
  const r = a >> 11, g = (a >> 5) & 0x3f, b = a & 0x1f;
  t.ok(r >= 16 && r <= 17 && g >= 32 && g <= 33 && b >= 16 && b <= 17);
  t.equal(rgb888ToPanelDithered(0xffffff, RGB565_PANEL, 9, 9), 0xffff, 'clamped at 255');
});

t.test('colour spaces decode as the reference says', async t => {
  t.equal(decodeToRgb888(0xffff, Colorspace.RGB565), 0xf8fcf8, 'no bit replication');
  t.equal(decodeToRgb888(0xf800, Colorspace.BGR565), 0x0000f8);
  t.equal(decodeToRgb888(0x00f8, Colorspace.RGB565_SWAPPED), 0xf80000);
  t.equal(decodeToRgb888(0x7c00, Colorspace.RGB555), 0xff0000, '555 replicates');
  t.equal(decodeToRgb888(0x42, Colorspace.L8), 0x424242);
});

t.test('ColorConverter converts, makes one colour transparent, never asks for a redraw', async t => {
  const cc = new ColorConverter(Colorspace.RGB888);
  t.equal(cc.convert(0xff00ff), 0xf81f);
  cc.makeTransparent(0xff00ff);
  t.equal(cc.convert(0xff00ff), 0);
  t.equal(cc.shade(0xff00ff, 0, 0, RGB565_PANEL), -1);
  throwsPy(t, () => cc.makeTransparent(1), 'RuntimeError', 'Only one color can be transparent at a time');
  cc.makeOpaque();
  t.equal(cc.shade(0xff00ff, 0, 0, RGB565_PANEL), 0xf81f);
  t.notOk(cc.needsRefresh());
  const c565in = new ColorConverter(Colorspace.RGB565);
  t.equal(c565in.convert(0xffff), rgb888To565(0xf8fcf8));
});

t.test('Palette keeps colours as given; out-of-range values are transparent', async t => {
  const p = palette([0x123456, 0xffffff]);
  t.equal(p.get(0), 0x123456);
  t.equal(p.shade(2, 0, 0, RGB565_PANEL), -1);
  t.equal(p.shade(1, 0, 0, RGB565_PANEL), 0xffff);
  p.finishRefresh();
  p.set(1, 0xffffff);
  t.notOk(p.needsRefresh(), 'same colour: no redraw');
  p.makeTransparent(1);
  t.ok(p.needsRefresh());
  t.equal(p.get(1), 0xffffff, 'transparency is a separate flag');
  t.equal(p.shade(1, 0, 0, RGB565_PANEL), -1);
});

t.test('uncovered pixels are black and a TileGrid draws where its group says', async t => {
  const s = makeScene();
  const bmp = new Bitmap(2, 2, 2);
  bmp.setPixel(1, 0, 1);
  bmp.setPixel(0, 1, 2);
  const tg = new TileGrid(bmp, palette([0x0000ff, 0xff0000, 0x00ff00]), { x: 3, y: 4 });
  const g = new Group({ x: 10, y: 20 });
  g.append(tg);
  s.root.append(g);
  s.display.refresh();
  t.equal(s.at(13, 24), c565(0x0000ff));
  t.equal(s.at(14, 24), c565(0xff0000));
  t.equal(s.at(13, 25), c565(0x00ff00));
  t.equal(s.at(12, 24), 0);
  t.equal(s.at(15, 24), 0);
});

t.test('group scale multiplies positions and blocks; nested scales multiply', async t => {
  const s = makeScene();
  const bmp = new Bitmap(2, 1, 1);
  bmp.setPixel(1, 0, 1);
  const tg = new TileGrid(bmp, palette([0x000000, 0xffffff]), { x: 1, y: 1 });
  const inner = new Group({ scale: 2, x: 1 });
  const outer = new Group({ scale: 3, x: 2 });
  inner.append(tg);
  outer.append(inner);
  s.root.append(outer);
  s.display.refresh();
  // outer origin 2, inner origin 2 + 3*1 = 5, total scale 6, tg at 5 + 6*1 = 11; pixel 1 at 17..22.
  t.equal(s.at(16, 6), 0);
  t.equal(s.at(17, 6), 0xffff);
  t.equal(s.at(22, 11), 0xffff);
  t.equal(s.at(23, 11), 0);
  t.equal(s.at(17, 12), 0);
});

t.test('flip and transpose compose as the reference formula says', async t => {
  const bmp = new Bitmap(3, 2, 8);
  let v = 1;
  for (let y = 0; y < 2; y++) for (let x = 0; x < 3; x++) bmp.setPixel(x, y, v++);
  const colors = [0, 1, 2, 3, 4, 5, 6].map(i => i * 0x080808);
  const cases: Array<[boolean, boolean, boolean]> = [];
  for (const fx of [false, true]) for (const fy of [false, true]) for (const tr of [false, true]) cases.push([fx, fy, tr]);
  for (const [fx, fy, tr] of cases) {
    const s = makeScene(8, 8);
    const tg = new TileGrid(bmp, palette(colors));
    tg.flipX = fx; tg.flipY = fy; tg.transposeXY = tr;
    s.root.append(tg);
    s.display.refresh();
    const W = 3, H = 2;
    const sw = tr ? H : W, sh = tr ? W : H;
    for (let sy = 0; sy < sh; sy++) {
      for (let sx = 0; sx < sw; sx++) {
        const u = tr ? (fx ? W - 1 - sy : sy) : (fx ? W - 1 - sx : sx);
        const vv = tr ? (fy ? H - 1 - sx : sx) : (fy ? H - 1 - sy : sy);
        t.equal(s.at(sx, sy), c565(colors[vv * 3 + u + 1]), `fx=${fx} fy=${fy} tr=${tr} (${sx},${sy})`);
      }
    }
  }
});

t.test('clipping at every edge keeps the visible part', async t => {
  const s = makeScene(10, 10);
  const bmp = new Bitmap(4, 4, 1);
  bmp.fill(1);
  const pal = palette([0, 0xffffff]);
  for (const [x, y] of [[-2, 3], [8, 3], [3, -2], [3, 8]]) s.root.append(new TileGrid(bmp, pal, { x, y }));
  s.display.refresh();
  t.equal(s.at(0, 3), 0xffff); t.equal(s.at(1, 6), 0xffff); t.equal(s.at(2, 3), 0);
  t.equal(s.at(9, 3), 0xffff); t.equal(s.at(7, 3), 0);
  t.equal(s.at(3, 0), 0xffff); t.equal(s.at(3, 2), 0);
  t.equal(s.at(3, 9), 0xffff); t.equal(s.at(3, 7), 0);
});

t.test('single parent: a layer already in a group is refused', async t => {
  const a = new Group(), b = new Group();
  const tg = new TileGrid(new Bitmap(1, 1, 1), palette([0, 1]));
  a.append(tg);
  throwsPy(t, () => b.append(tg), 'ValueError', 'Layer already in a group');
  a.pop(0);
  b.append(tg);
  t.equal(b.length, 1);
  throwsPy(t, () => b.set(0, tg), 'ValueError', 'Layer already in a group');
  const s = makeScene();
  throwsPy(t, () => { s.display.rootGroup = a; s.root.append(a); }, 'ValueError', 'Layer already in a group');
  const c = new Group();
  b.append(c);
  throwsPy(t, () => { s.display.rootGroup = c; }, 'ValueError', 'Group already used');
});

t.test('read-only group refuses changes', async t => {
  const g = new Group();
  g.readOnly = true;
  throwsPy(t, () => g.append(new Group()), 'RuntimeError', 'Read-only');
  throwsPy(t, () => { g.x = 3; }, 'RuntimeError', 'Read-only');
  throwsPy(t, () => { g.hidden = true; }, 'RuntimeError', 'Read-only');
});

t.test('row paths match a naive per-pixel render (random grids, depths, scales, flips, shaders)', async t => {
  let seed = 12345;
  const rnd = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
  for (let trial = 0; trial < 60; trial++) {
    const bpv = [1, 2, 4, 8, 16][trial % 5];
    const colors = rnd(2) ? 1 << Math.min(bpv, 4) : 2 + rnd(5);
    const tw = 1 + rnd(9), th = 1 + rnd(7), bwt = 1 + rnd(4), bht = 1 + rnd(3);
    const bmp = new Bitmap(tw * bwt, th * bht, bpv);
    for (let y = 0; y < bmp.height; y++) for (let x = 0; x < bmp.width; x++) bmp.setPixelRaw(x, y, rnd(Math.min(colors + 2, 1 << Math.min(bpv, 8))));
    const pal = palette(Array.from({ length: colors }, () => rnd(0x1000000)));
    if (rnd(2)) pal.makeTransparent(rnd(colors));
    const useConverter = bpv === 16 && rnd(2) === 1;
    const conv = new ColorConverter(Colorspace.RGB565);
    if (useConverter && rnd(2)) conv.makeTransparent(bmp.getPixel(0, 0));
    const gw = 1 + rnd(5), gh = 1 + rnd(4);
    const tg = new TileGrid(bmp, useConverter ? conv : pal, { width: gw, height: gh, tileWidth: tw, tileHeight: th, x: rnd(20) - 5, y: rnd(16) - 4 });
    for (let i = 0; i < gw * gh; i++) tg.setTile(i % gw, Math.floor(i / gw), rnd(bwt * bht));
    tg.flipX = rnd(3) === 0;
    tg.flipY = rnd(2) === 1;
    tg.setTopLeft(rnd(gw), rnd(gh));
    const scale = 1 + (rnd(3) === 0 ? rnd(3) : 0);
    const g = new Group({ scale, x: rnd(7) - 3, y: rnd(5) - 2 });
    g.append(tg);
    const s = makeScene(48, 32);
    s.root.append(g);
    s.display.refresh();
    const ox = g.x + scale * tg.x, oy = g.y + scale * tg.y;
    let bad = 0;
    for (let py = 0; py < 32; py++) for (let px = 0; px < 48; px++) {
      const sx = Math.floor((px - ox) / scale), sy = Math.floor((py - oy) / scale);
      let want = 0;
      if (px >= ox && py >= oy && sx < gw * tw && sy < gh * th) {
        const u = tg.flipX ? gw * tw - 1 - sx : sx;
        const v = tg.flipY ? gh * th - 1 - sy : sy;
        const tile = tg.getTile((Math.floor(u / tw) + tg.topLeftX) % gw, (Math.floor(v / th) + tg.topLeftY) % gh);
        const val = bmp.getPixel((tile % bwt) * tw + (u % tw), Math.floor(tile / bwt) * th + (v % th));
        if (useConverter) {
          if (val !== conv.transparentColor) want = c565(decodeToRgb888(val, Colorspace.RGB565));
        } else if (val < colors && !pal.isTransparent(val)) {
          want = c565(pal.get(val));
        }
      }
      if (s.at(px, py) !== want) bad++;
    }
    t.equal(bad, 0, `trial ${trial}: ${bpv}-bit, ${useConverter ? 'converter' : `${colors} colours`}, ${tw}×${th} tiles, scale ${scale}, flip_x ${tg.flipX}`);
  }
});
