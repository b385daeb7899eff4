// fontio, terminalio, the console layout, vectorio, bitmaptools and OnDiskBitmap, driven directly.
import t from 'tap';
import { Bitmap } from '../../../displayio/Bitmap';
import { alphablend, BlendMode, dither, DitherAlgorithm } from '../../../displayio/bitmaptools/blend';
import { arrayblit, blit, readinto, rotozoom } from '../../../displayio/bitmaptools/copy';
import { boundaryFill, drawLine, drawPolygon, fillRegion } from '../../../displayio/bitmaptools/draw';
import { Colorspace } from '../../../displayio/Colorspace';
import { buildConsole } from '../../../displayio/console/console';
import { builtinFont } from '../../../displayio/fontio/BuiltinFont';
import { Group } from '../../../displayio/Group';
import { OnDiskBitmap } from '../../../displayio/OnDiskBitmap';
import { brokenBmps, BMP_H, BMP_W, testBmps } from '../../../scripts/make-test-bmps';
import { Palette } from '../../../displayio/Palette';
import { Terminal } from '../../../displayio/terminalio/Terminal';
import { TileGrid } from '../../../displayio/TileGrid';
import { Circle } from '../../../displayio/vectorio/Circle';
import { Polygon } from '../../../displayio/vectorio/Polygon';
import { Rectangle } from '../../../displayio/vectorio/Rectangle';
import { c565, makeScene, palette, throwsPy } from '../../golden/displayio/scene';

/** A bitmap as rows of digits, CircuitPython's dump_bitmap style. */
function dump(b: Bitmap): string[] {
  const rows: string[] = [];
  for (let y = 0; y < b.height; y++) {
    let r = '';
    for (let x = 0; x < b.width; x++) r += b.getPixel(x, y).toString(16);
    rows.push(r);
  }
  return rows;
}

t.test('terminalio.FONT: 95 glyphs, 570×12 read-only strip, glyph fields', async t => {
  const f = builtinFont();
  t.same([f.bitmap.width, f.bitmap.height, f.bitmap.bitsPerValue], [570, 12, 1]);
  t.same(f.getBoundingBox(), [6, 12]);
  const g = f.getGlyph(0x41)!;
  t.same([g.tileIndex, g.width, g.height, g.dx, g.dy, g.shiftX, g.shiftY], [33, 6, 12, 0, 0, 6, 0]);
  t.equal(f.getGlyph(0x7f), null);
  t.equal(f.getGlyph(0xe9), null);
  // 'A' in Terminus 6×12: rows 2..9 hold the letter, the apex is the middle three pixels.
  const col = 33 * 6;
  const row = (y: number) => [0, 1, 2, 3, 4, 5].map(x => f.bitmap.getPixel(col + x, y)).join('');
  t.equal(row(2), '011100');
  t.equal(row(6), '111110');
  t.equal(row(11), '000000');
  t.equal(row(0), '000000');
  throwsPy(t, () => f.bitmap.setPixel(0, 0, 1), 'RuntimeError', 'Read-only');
});

function terminal(cols = 6, rows = 3) {
  const f = builtinFont();
  const grid = new TileGrid(f.bitmap, palette([0, 0xffffff]), { width: cols, height: rows, tileWidth: 6, tileHeight: 12 });
  const term = new Terminal(grid, f);
  /** Screen text, top row first. */
  const screen = () => {
    const out: string[] = [];
    for (let sy = 0; sy < rows; sy++) {
      const y = (sy + grid.topLeftY) % rows;
      let line = '';
      for (let x = 0; x < cols; x++) line += String.fromCharCode(grid.getTile(x, y) + 32);
      out.push(line);
    }
    return out;
  };
  return { term, grid, screen };
}

t.test('terminal text starts on the bottom row and scrolls up', async t => {
  const { term, screen } = terminal();
  term.write('ab');
  t.same(screen(), ['      ', '      ', 'ab    ']);
  term.write('\r\ncd\r\nef');
  t.same(screen(), ['ab    ', 'cd    ', 'ef    ']);
  term.write('\r\ng');
  t.same(screen(), ['cd    ', 'ef    ', 'g     ']);
});

t.test('terminal wraps at the right edge; bare LF at the bottom acts as CR LF', async t => {
  const { term, screen } = terminal();
  term.write('1234567');
  t.same(screen(), ['      ', '123456', '7     ']);
  term.write('\nx');
  t.same(screen(), ['123456', '7     ', 'x     ']);
  term.write('\tz\x7f\u00e9');
  t.same(screen(), ['123456', '7     ', 'xz    '], 'tab, DEL and missing glyphs are skipped');
  term.write('\b\bQ');
  t.same(screen(), ['123456', '7     ', 'Qz    '], 'backspace moves without erasing');
});

t.test('terminal escapes: clear screen starts at the top, cursor position, erase line', async t => {
  const { term, screen } = terminal();
  term.write('abc\x1b[2J');
  t.same(screen(), ['      ', '      ', '      ']);
  term.write('top\nx');
  t.same(screen(), ['top   ', '   x  ', '      '], 'bare LF above the last row keeps the column');
  term.write('\x1b[3;2Hqq\x1b[1;2H\x1b[K');
  t.same(screen(), ['t     ', '   x  ', ' qq   ']);
  term.write('\x1b[2;5H\x1b[1K');
  t.same(screen(), ['t     ', '      ', ' qq   '].map(s => s.padEnd(6)), 'ESC[1K clears up to the cursor');
  term.write('\x1b[2;1H\x1b[2K\x1b[3;4H\x1b[2D!');
  t.same(screen(), ['t     ', '      ', ' !q   ']);
  term.write('\x1b[D?');
  t.same(screen(), ['t     ', '      ', ' !?   '], 'ESC[D without a number does not move');
});

t.test('terminal scroll region, reverse index and ESC D', async t => {
  const { term, screen } = terminal(6, 4);
  term.write('\x1b[2Ja\r\nb\r\nc\r\nd');
  t.same(screen(), ['a     ', 'b     ', 'c     ', 'd     ']);
  term.write('\x1b[2;3r\x1b[3;1HX\r\n');
  t.same(screen(), ['a     ', 'X     ', '      ', 'd     '], 'only rows 2-3 scroll');
  term.write('Y\x1b[2;1H\x1bM');
  t.same(screen(), ['a     ', '      ', 'X     ', 'd     '], 'ESC M at the region top scrolls it down');
  term.write('\x1b[r');
  term.write('\x1b[4;1H\x1bDz');
  t.same(screen(), ['      ', 'X     ', 'd     ', 'z     '], 'ESC D past the bottom scrolls');
});

t.test('terminal colour escapes recolour the whole palette; OSC writes the status bar', async t => {
  const f = builtinFont();
  const pal = palette([0, 0xffffff]);
  const grid = new TileGrid(f.bitmap, pal, { width: 6, height: 2, tileWidth: 6, tileHeight: 12 });
  const bar = new TileGrid(f.bitmap, pal, { width: 5, height: 1, tileWidth: 6, tileHeight: 12 });
  const term = new Terminal(grid, f, bar);
  term.write('\x1b[31;44m');
  t.same([pal.get(1), pal.get(0)], [0xff0000, 0x0000ff]);
  term.write('\x1b[0m');
  t.same([pal.get(1), pal.get(0)], [0xffffff, 0x000000]);
  term.write('\x1b]0;\u{1F40D}code.py | 9.2.9\x1b\\after');
  t.equal([0, 1, 2, 3, 4].map(x => String.fromCharCode(bar.getTile(x, 0) + 32)).join(''), 'code.', 'cut to width, snake skipped');
  t.equal(String.fromCharCode(grid.getTile(0, 0) + 32), 'a', 'text after the OSC goes to the terminal');
});

t.test('console layout on 160×128: logo, status bar, 26×9 scroll area at (4, 20)', async t => {
  const c = buildConsole(160, 128, builtinFont());
  t.same([c.scrollArea.x, c.scrollArea.y, c.scrollArea.widthInTiles, c.scrollArea.heightInTiles], [4, 20, 26, 9]);
  t.same([c.statusBar.x, c.statusBar.y, c.statusBar.widthInTiles], [16, 0, 24]);
  t.same([c.logo.x, c.logo.y, c.logo.pixelWidth], [0, 0, 12]);
  t.same(c.group.members, [c.scrollArea, c.logo, c.statusBar], 'z-order');
  t.equal(c.group.readOnly, true);
  const wide = buildConsole(640, 480, builtinFont());
  t.equal(wide.group.scale, 2, 'more than 80 columns doubles the text');
  const s = makeScene();
  s.display.rootGroup = c.group;
  c.terminal.write('Hi');
  s.display.refresh();
  t.equal(s.at(5, 3), c565(0x8428bc), 'logo purple at (5, 0..)');
  t.equal(s.at(0, 0), 0, 'transparent logo pixel shows black');
});

t.test('vectorio coverage: rectangle, circle (2r+1 wide), polygon half-open box', async t => {
  const s = makeScene(40, 40);
  const pal = palette([0x000000, 0xffffff]);
  const circle = new Circle(pal, 2, 10, 10, 1);
  const rect = new Rectangle(pal, 3, 2, 20, 2, 1);
  const poly = new Polygon(pal, [[0, 0], [4, 0], [4, 4], [0, 4]], 25, 25, 1);
  s.root.append(circle); s.root.append(rect); s.root.append(poly);
  s.display.refresh();
  let n = 0;
  for (let y = 0; y < 40; y++) for (let x = 0; x < 40; x++) if (s.at(x, y) && x < 15 && y < 15) n++;
  t.equal(n, 13, 'r=2 covers 13 pixels');
  t.equal(s.at(8, 10), 0xffff); t.equal(s.at(12, 10), 0xffff); t.equal(s.at(12, 11), 0);
  t.equal(s.at(22, 3), 0xffff); t.equal(s.at(23, 3), 0); t.equal(s.at(22, 4), 0);
  t.equal(s.at(25, 25), 0xffff); t.equal(s.at(28, 28), 0xffff);
  t.equal(s.at(29, 25), 0, 'max x never drawn'); t.equal(s.at(25, 29), 0, 'max y never drawn');
  t.ok(circle.contains(10, 12)); t.notOk(circle.contains(11, 12));
});

t.test('vectorio: transparent colour paints black over lower layers; scale moves but does not grow', async t => {
  const s = makeScene(40, 40);
  const bg = new Bitmap(40, 40, 1); bg.fill(1);
  s.root.append(new TileGrid(bg, palette([0, 0xffffff])));
  const pal = palette([0x00ff00, 0xff0000], [1]);
  const g = new Group({ scale: 3 });
  g.append(new Rectangle(pal, 2, 2, 5, 5, 1));
  s.root.append(g);
  s.display.refresh();
  t.equal(s.at(15, 15), 0, 'at 3·(5,5), black');
  t.equal(s.at(16, 16), 0);
  t.equal(s.at(17, 15), 0xffff, 'only 2 pixels wide');
  t.equal(s.at(5, 5), 0xffff);
});

t.test('vectorio moves redraw the old footprint', async t => {
  const s = makeScene(40, 40);
  const c = new Circle(palette([0, 0xffffff]), 3, 10, 10, 1);
  s.root.append(c);
  s.display.refresh();
  c.x = 30;
  s.display.refresh();
  t.equal(s.at(10, 10), 0);
  t.equal(s.at(30, 10), 0xffff);
});

t.test('bitmaptools lines: Bresenham with err = dx // 2, both ends', async t => {
  const b = new Bitmap(8, 5, 1);
  drawLine(b, 0, 0, 7, 3, 1);
  t.same(dump(b), ['11000000', '00110000', '00001100', '00000011', '00000000']);
  const v = new Bitmap(3, 4, 2);
  drawLine(v, 1, 5, 1, -3, 2);
  drawLine(v, -1, 0, 9, 0, 3);
  t.same(dump(v), ['333', '020', '020', '020']);
});

t.test('bitmaptools fill_region, polygon outline, boundary_fill', async t => {
  const b = new Bitmap(6, 6, 2);
  fillRegion(b, 1, 1, 4, 3, 2);
  t.same(dump(b), ['000000', '022200', '022200', '000000', '000000', '000000']);
  const p = new Bitmap(6, 6, 1);
  drawPolygon(p, [0, 4, 4, 0], [0, 0, 4, 4], 1, true);
  t.same(dump(p), ['111110', '100010', '100010', '100010', '111110', '000000']);
  t.same([p.dirtyArea.x2, p.dirtyArea.y2], [4, 4], 'dirty rect leaves out the max column/row');
  boundaryFill(p, 2, 2, 1, null);
  t.same(dump(p), ['111110', '111110', '111110', '111110', '111110', '000000']);
});

t.test('bitmaptools blit with skips and overlap; arrayblit masks; readinto', async t => {
  const src = new Bitmap(3, 1, 4);
  [1, 0, 3].forEach((v, x) => src.setPixelRaw(x, 0, v));
  const dst = new Bitmap(4, 2, 4);
  dst.fill(5);
  blit(dst, src, 2, 1, { x1: 0, y1: 0, x2: 3, y2: 1, skipSourceIndex: 0, skipDestIndex: null });
  t.same(dump(dst), ['5555', '5515'], 'clipped at the right, skip index kept');
  const row = new Bitmap(5, 1, 8);
  [1, 2, 3, 4, 5].forEach((v, x) => row.setPixelRaw(x, 0, v));
  blit(row, row, 1, 0, { x1: 0, y1: 0, x2: 4, y2: 1, skipSourceIndex: null, skipDestIndex: null });
  t.same(dump(row), ['11234'], 'overlapping move copies backwards');
  const a = new Bitmap(3, 2, 2);
  arrayblit(a, [7, 1, 2, 3, 9, 0], 0, 0, 3, 2, 9);
  t.same(dump(a), ['312', '300']);
  throwsPy(t, () => arrayblit(a, [1], 0, 0, 3, 2, null), 'IndexError', 'index out of range');
  const r = new Bitmap(4, 2, 4);
  const bytes = Uint8Array.from([0x21, 0x43, 0x65, 0x87]);
  let pos = 0;
  readinto(r, n => bytes.subarray(pos, (pos += n)), { bitsPerPixel: 4, elementSize: 1, reversePixelsInElement: false, swapBytesInElement: false, reverseRows: false });
  t.same(dump(r), ['1234', '5678'], 'first pixel in the low bits');
  pos = 2;
  throwsPy(t, () => readinto(r, n => bytes.subarray(pos, (pos += n)), { bitsPerPixel: 4, elementSize: 1, reversePixelsInElement: false, swapBytesInElement: false, reverseRows: false }), 'EOFError', '');
});

t.test('bitmaptools rotozoom: identity copy and a quarter turn', async t => {
  const src = new Bitmap(3, 3, 4);
  for (let i = 0; i < 9; i++) src.setPixelRaw(i % 3, Math.floor(i / 3), i + 1);
  const full = (b: Bitmap): [number, number] => [b.width, b.height];
  const opts = (dst: Bitmap, angle: number) => ({
    ox: 1, oy: 1, destClip0: [0, 0] as [number, number], destClip1: full(dst), px: 1, py: 1,
    sourceClip0: [0, 0] as [number, number], sourceClip1: full(src), angle, scale: 1, skipIndex: null,
  });
  const d = new Bitmap(3, 3, 4);
  rotozoom(d, src, opts(d, 0));
  t.same(dump(d), ['123', '456', '789']);
  const q = new Bitmap(3, 3, 4);
  rotozoom(q, src, opts(q, Math.PI / 2));
  // Not a clean 741/852/963: cosf(pi/2) is -4.37e-8 in single precision and coordinates are
  // truncated, so some samples land one pixel off (cross-checked with a numpy float32 replay).
  t.same(dump(q), ['740', '841', '963'], 'clockwise, single-precision truncation');
});

t.test('bitmaptools alphablend L8 and RGB565, dither', async t => {
  const mk = (bpv: number, vals: number[]) => {
    const b = new Bitmap(vals.length, 1, bpv);
    vals.forEach((v, x) => b.setPixelRaw(x, 0, v));
    return b;
  };
  const d = mk(8, [0, 0, 0]);
  alphablend(d, mk(8, [100, 200, 50]), mk(8, [200, 0, 50]), { colorspace: Colorspace.L8, factor1: 0.5, factor2: 0.5, blendmode: BlendMode.Normal, skip1: null, skip2: 0 });
  // both: (200*128 + 100*128*128/256) / (128+128-64) = (25600+6400)/192 = 166; only s1: 200*128/256 = 100
  t.same(dump(d).map(r => r.match(/../g)!.map(h => parseInt(h, 16))), [[166, 100, 50]]);
  const d16 = mk(16, [0]);
  alphablend(d16, mk(16, [0xf800]), mk(16, [0x001f]), { colorspace: Colorspace.RGB565, factor1: 0.5, factor2: 0.5, blendmode: BlendMode.Normal, skip1: null, skip2: null });
  // red: (0 + 248*128*128/256)/192 = 82 → 82<<8 & 0xf800 = 0x5000; blue: (248*128)/192 = 165 → 165>>3 = 20
  t.equal(d16.getPixel(0, 0), 0x5000 | 20);
  const gray = new Bitmap(4, 2, 8);
  gray.fill(128);
  const out = new Bitmap(4, 2, 1);
  dither(out, gray, Colorspace.L8, DitherAlgorithm.FloydStenberg);
  t.same(dump(out), ['1010', '0101']);
});

t.test('Palette pixel shader redraws vectorio users on change', async t => {
  const s = makeScene(20, 20);
  const pal = new Palette(1);
  s.root.append(new Rectangle(pal, 4, 4, 0, 0, 0));
  s.display.refresh();
  pal.set(0, 0xffffff);
  s.display.refresh();
  t.equal(s.at(1, 1), 0xffff);
});

t.test('OnDiskBitmap decodes every variant to the intended colours', async t => {
  for (const [name, { data, expectedRgb }] of Object.entries(testBmps())) {
    const odb = new OnDiskBitmap(data);
    t.same([odb.width, odb.height], [BMP_W, BMP_H], name);
    const shader = odb.pixelShader;
    let bad = 0;
    for (let y = 0; y < BMP_H; y++) for (let x = 0; x < BMP_W; x++) {
      const v = odb.getPixel(x, y);
      const rgb = shader instanceof Palette ? shader.get(v) : v;
      if (rgb !== expectedRgb(x, y)) bad++;
    }
    t.equal(bad, 0, `${name}: every pixel`);
    t.equal(shader instanceof Palette, odb.bitsPerPixel <= 8, `${name}: Palette iff indexed`);
  }
  const odb = new OnDiskBitmap(testBmps().bmp_4bit_5colors.data);
  t.equal((odb.pixelShader as Palette).count, 5, 'palette length from colours-used');
});

t.test('OnDiskBitmap rejects broken files with CircuitPython errors', async t => {
  for (const [name, { data, pyType, message }] of Object.entries(brokenBmps())) {
    t.test(name, async t => throwsPy(t, () => new OnDiskBitmap(data), pyType, message));
  }
});

t.test('OnDiskBitmap past the end of a truncated file reads 0', async t => {
  const data = testBmps().bmp_24bit.data;
  const odb = new OnDiskBitmap(data.slice(0, data.length - 20));
  t.equal(odb.getPixel(BMP_W - 1, 0), 0);
  t.not(odb.getPixel(0, BMP_H - 1), 0);
});
