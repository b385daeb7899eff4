// Display refresh: timing and return values, auto-refresh, dirty areas (including where the
// hardware does not redraw), root group changes, rotation and brightness.
import t from 'tap';
import { Bitmap } from '../../../displayio/Bitmap';
import { drawCircle } from '../../../displayio/bitmaptools/draw';
import { ColorConverter } from '../../../displayio/ColorConverter';
import { Display } from '../../../displayio/Display';
import { Group } from '../../../displayio/Group';
import { TileGrid } from '../../../displayio/TileGrid';
import { HeadlessBackend } from '../../../ports/backends/headless/backend';
import { HeadlessPanel, rgb565ToRGBA } from '../../../ports/backends/headless/panel';
import { decodePNG } from '../../../ports/backends/headless/png';
import { c565, makeScene, palette, throwsPy } from '../../golden/displayio/scene';

function whiteBlock(w: number, h: number, opts = {}): TileGrid {
  const b = new Bitmap(w, h, 1);
  b.fill(1);
  return new TileGrid(b, palette([0x000000, 0xffffff]), opts);
}

t.test('refresh with auto_refresh on draws at once and returns True', async t => {
  const s = makeScene();
  s.root.append(whiteBlock(2, 2));
  t.equal(s.display.refresh(30), true);
  t.equal(s.at(0, 0), 0xffff);
});

t.test('frame-limited refresh: first draws, second skips, then paces', async t => {
  const s = makeScene();
  s.clock.ms = 5000;
  s.display.autoRefresh = false;
  const n0 = s.display.refreshCount;
  t.equal(s.display.refresh(30), true, 'first manual refresh is immediate');
  t.equal(s.display.refreshCount, n0 + 1);
  t.equal(s.clock.ms, 5000, 'no wait');
  s.clock.ms += 10;
  t.equal(s.display.refresh(30), false, 'second call: since_call is the whole uptime');
  t.equal(s.display.refreshCount, n0 + 1);
  s.clock.ms += 10;
  // since_real = 20, target 33: waits 33 - 20 % 33 = 13 ms from the call, then draws.
  t.equal(s.display.refresh(30), true);
  t.equal(s.clock.ms, 5020 + 13);
  t.equal(s.display.refreshCount, n0 + 2);
});

t.test('minimum frame rate is checked before skipping', async t => {
  const s = makeScene();
  s.display.autoRefresh = false;
  s.display.refresh(30);
  s.clock.ms += 200;
  throwsPy(t, () => s.display.refresh(30, 10), 'RuntimeError', 'Below minimum frame rate');
});

t.test('refresh(None) always draws; setting auto_refresh re-arms the immediate refresh', async t => {
  const s = makeScene();
  s.display.autoRefresh = false;
  s.display.refresh(30);
  s.clock.ms = 100000;
  t.equal(s.display.refresh(null), true);
  s.display.autoRefresh = false;
  t.equal(s.display.refresh(30), true);
});

t.test('auto refresh runs when more than 16 ms have passed since the last one finished', async t => {
  const s = makeScene();
  s.display.refresh();
  const n = s.display.refreshCount;
  s.clock.ms += 16;
  s.display.background();
  t.equal(s.display.refreshCount, n, '16 ms is not enough');
  s.clock.ms += 1;
  s.display.background();
  t.equal(s.display.refreshCount, n + 1);
  s.display.autoRefresh = false;
  s.clock.ms += 100;
  s.display.background();
  t.equal(s.display.refreshCount, n + 1, 'off: nothing');
});

t.test('only dirty areas are recomposed', async t => {
  const s = makeScene();
  const a = whiteBlock(4, 4, { x: 0, y: 0 });
  const b = whiteBlock(4, 4, { x: 20, y: 0 });
  s.root.append(a);
  s.root.append(b);
  s.display.refresh();
  // Scribble on the panel where nothing changes: it must survive a dirty refresh.
  s.panel.pixels[50 * 160 + 50] = 0x1234;
  a.x = 1;
  s.display.refresh();
  t.equal(s.at(50, 50), 0x1234, 'untouched area keeps panel contents');
  t.equal(s.at(0, 0), 0, 'old footprint cleared');
  t.equal(s.at(4, 0), 0xffff, 'new footprint drawn');
});

t.test('writes that bypass dirty tracking are not shown until the area is dirtied', async t => {
  const s = makeScene();
  const bmp = new Bitmap(8, 8, 1);
  const tg = new TileGrid(bmp, palette([0, 0xffffff]));
  s.root.append(tg);
  s.display.refresh();
  bmp.setPixelRaw(2, 2, 1); // what a memoryview write does
  s.display.refresh();
  t.equal(s.at(2, 2), 0, 'not redrawn');
  bmp.dirty(2, 2, 3, 3);
  s.display.refresh();
  t.equal(s.at(2, 2), 0xffff, 'shown after dirty()');
});

t.test('draw_circle leaves its last column and row undrawn on screen', async t => {
  const s = makeScene();
  const bmp = new Bitmap(20, 20, 1);
  const tg = new TileGrid(bmp, palette([0, 0xffffff]));
  s.root.append(tg);
  s.display.refresh();
  drawCircle(bmp, 10, 10, 3, 1);
  t.equal(bmp.getPixel(13, 10), 1, 'the bitmap has the pixel');
  s.display.refresh();
  t.equal(s.at(7, 10), 0xffff, 'left edge shown');
  t.equal(s.at(13, 10), 0, 'right edge not redrawn');
  t.equal(s.at(10, 13), 0, 'bottom edge not redrawn');
  t.equal(s.at(10, 7), 0xffff, 'top edge shown');
});

t.test('Group.sort-style reorder and palette dither changes do not redraw', async t => {
  const s = makeScene();
  const red = new Bitmap(4, 4, 1); red.fill(1);
  const a = new TileGrid(red, palette([0, 0xff0000]));
  const b = whiteBlock(4, 4);
  s.root.append(a);
  s.root.append(b);
  s.display.refresh();
  t.equal(s.at(1, 1), 0xffff);
  s.root.reorder([b, a]);
  s.display.refresh();
  t.equal(s.at(1, 1), 0xffff, 'stale after reorder');
  s.display.invalidate();
  s.display.refresh();
  t.equal(s.at(1, 1), c565(0xff0000), 'full redraw shows the new order');
  const pal = a.pixelShader as ReturnType<typeof palette>;
  pal.dither = true;
  s.display.refresh();
  t.equal(s.at(1, 1), c565(0xff0000), 'dither change not redrawn');
});

t.test('ColorConverter changes do not redraw', async t => {
  const s = makeScene();
  const bmp = new Bitmap(2, 2, 16);
  bmp.fill(0xf800);
  const cc = new ColorConverter(1);
  s.root.append(new TileGrid(bmp, cc));
  s.display.refresh();
  t.equal(s.at(0, 0), 0xf800);
  cc.makeTransparent(0xf800);
  s.display.refresh();
  t.equal(s.at(0, 0), 0xf800, 'still drawn');
});

t.test('palette change redraws every user; hiding clears; removal clears', async t => {
  const s = makeScene();
  const tg = whiteBlock(3, 3, { x: 5, y: 5 });
  s.root.append(tg);
  s.display.refresh();
  (tg.pixelShader as ReturnType<typeof palette>).set(1, 0x00ff00);
  s.display.refresh();
  t.equal(s.at(5, 5), c565(0x00ff00));
  tg.hidden = true;
  s.display.refresh();
  t.equal(s.at(5, 5), 0);
  tg.hidden = false;
  s.display.refresh();
  t.equal(s.at(5, 5), c565(0x00ff00));
  const g = new Group();
  s.root.append(g);
  g.append(whiteBlock(2, 2, { x: 30 }));
  s.display.refresh();
  t.equal(s.at(30, 0), 0xffff);
  s.root.pop(1);
  s.display.refresh();
  t.equal(s.at(30, 0), 0, 'removed group area cleared');
  g.hidden = true;
});

t.test('root_group None blanks the screen; a new root redraws fully', async t => {
  const s = makeScene();
  s.root.append(whiteBlock(4, 4));
  s.display.refresh();
  s.display.rootGroup = null;
  s.display.refresh();
  t.equal(s.at(0, 0), 0);
  s.display.rootGroup = s.root;
  s.display.refresh();
  t.equal(s.at(0, 0), 0xffff);
});

t.test('rotation maps logical pixels to the panel and swaps width/height', async t => {
  const expect: Record<number, [number, number]> = { 0: [3, 5], 90: [159 - 5, 3], 180: [159 - 3, 127 - 5], 270: [5, 127 - 3] };
  for (const rot of [0, 90, 180, 270]) {
    const s = makeScene();
    s.display.rotation = rot;
    t.same([s.display.width, s.display.height], rot % 180 ? [128, 160] : [160, 128]);
    s.root.append(whiteBlock(1, 1, { x: 3, y: 5 }));
    s.display.refresh();
    const [px, py] = expect[rot];
    t.equal(s.panel.pixels[py * 160 + px], 0xffff, `rotation ${rot}`);
    t.equal(s.panel.pixels.reduce((n, v) => n + (v ? 1 : 0), 0), 1, 'exactly one pixel lit');
  }
  const s = makeScene();
  s.display.rotation = -90;
  t.equal(s.display.rotation, 65446, 'negative stays negative, held in 16 bits');
});

t.test('brightness: stored, drives the backlight, refused without one', async t => {
  const s = makeScene();
  s.display.brightness = 0.5;
  t.equal(s.display.brightness, 0.5);
  t.equal(s.panel.backlight, 0.5);
  const d = new Display({ panel: new HeadlessPanel(4, 4), now: () => 0, backlight: 'none' });
  t.equal(d.brightness, 0);
  throwsPy(t, () => { d.brightness = 1; }, 'RuntimeError', 'Brightness not adjustable');
});

t.test('headless: RGBA expansion replicates bits; PNG round trip with integer zoom', async t => {
  t.same([...rgb565ToRGBA(Uint16Array.of(0xffff, 0xf800, 0x0841))], [255, 255, 255, 255, 255, 0, 0, 255, 8, 8, 8, 255]);
  const b = new HeadlessBackend({ width: 3, height: 2, title: 't', ledCount: 0 });
  b.present(Uint16Array.of(0xffff, 0, 0xf800, 0x07e0, 0x001f, 0x8410));
  const img = decodePNG(b.screenshot(2));
  t.same([img.width, img.height], [6, 4]);
  const px = (x: number, y: number) => [...img.rgba.subarray((y * 6 + x) * 4, (y * 6 + x) * 4 + 3)];
  t.same(px(1, 1), [255, 255, 255]);
  t.same(px(4, 0), [255, 0, 0]);
  t.same(px(5, 3), [132, 130, 132]);
  t.same(px(0, 2), [0, 255, 0]);
  b.push({ kind: 'button', button: 'A', pressed: true });
  t.equal(b.pollInput().length, 1);
  t.equal(b.pollInput().length, 0);
});
