// _stage's implementation driven directly: tile and palette formats, layer order, transparency,
// the eight frame rotations, text, partial areas, scale, viewport offset and display rotation.
// Expected pixels are worked out by hand from the formats (displayio/_stage/Layer.ts, Text.ts).
import t from 'tap';
import { Display } from '../../../displayio/Display';
import { StageLayer, TRANSPARENT } from '../../../displayio/_stage/Layer';
import { StageText } from '../../../displayio/_stage/Text';
import { renderStage, StageRegion } from '../../../displayio/_stage/render';
import { HeadlessPanel } from '../../../ports/backends/headless/panel';

/** A palette as _stage reads it: colour i is RGB565 `colors[i]`, stored byte-swapped, little-endian. */
function palette(colors: number[]): Uint8Array {
  const p = new Uint8Array(32);
  colors.forEach((c, i) => { p[2 * i] = c >> 8; p[2 * i + 1] = c & 0xff; });
  return p;
}

const MAGENTA = 0xf81f, RED = 0xf800, GREEN = 0x07e0, BLUE = 0x001f, WHITE = 0xffff;
const PAL = palette([MAGENTA, RED, GREEN, BLUE, WHITE]);

/** Sets pixel (x, y) of tile `tile` in a 2048-byte bank to colour index v. */
function setPixel(bank: Uint8Array, tile: number, x: number, y: number, v: number): void {
  const i = tile * 128 + y * 8 + (x >> 1);
  bank[i] = x & 1 ? (bank[i] & 0xf0) | v : (bank[i] & 0x0f) | (v << 4);
}

function solidBank(): Uint8Array {
  const bank = new Uint8Array(2048);
  for (let tile = 0; tile < 16; tile++) {
    for (let y = 0; y < 16; y++) for (let x = 0; x < 16; x++) setPixel(bank, tile, x, y, tile % 5);
  }
  return bank;
}

function setup(rotation = 0): { display: Display; panel: HeadlessPanel; at: (x: number, y: number) => number } {
  const panel = new HeadlessPanel(160, 128);
  const display = new Display({ panel, now: () => 0, autoRefresh: false, rotation });
  const at = (x: number, y: number): number => panel.pixels[y * 160 + x];
  return { display, panel, at };
}

const region = (x0: number, y0: number, x1: number, y1: number, extra: Partial<StageRegion> = {}): StageRegion => ({
  x0, y0, x1, y1, vx: 0, vy: 0, scale: 1, background: 0, ...extra,
});

t.test('grid: two tiles a byte, even column in the high nibble; palette bytes swapped', async (t) => {
  const { display, at } = setup();
  const map = new Uint8Array(8 * 8 / 2);
  map[0] = 0x12; // (0,0) tile 1 (red), (1,0) tile 2 (green)
  map[4] = 0x30; // (0,1) tile 3 (blue), (1,1) tile 0 (magenta: transparent)
  const grid = new StageLayer(8, 8, solidBank(), PAL, map);
  renderStage(display, region(0, 0, 160, 128, { background: 0x1f00 /* byte-swapped 0x001f */ }), [grid]);
  t.equal(at(0, 0), RED);
  t.equal(at(15, 15), RED);
  t.equal(at(16, 0), GREEN);
  t.equal(at(0, 16), BLUE);
  t.equal(at(16, 16), BLUE, 'transparent tile shows the background');
  t.equal(at(127, 127), BLUE, 'map tile 0 everywhere else: transparent → background');
  t.equal(at(130, 0), BLUE, 'outside the 8×8 grid: background');
});

t.test('first layer on top; its transparent pixels show the next layer', async (t) => {
  const { display, at } = setup();
  const bank = new Uint8Array(2048);
  for (let y = 0; y < 16; y++) for (let x = 0; x < 16; x++) setPixel(bank, 1, x, y, x < 8 ? 0 : 4);
  const sprite = new StageLayer(1, 1, bank, PAL, null);
  sprite.frame = 1;
  sprite.x = 10;
  sprite.y = 20;
  const under = new StageLayer(10, 8, solidBank(), PAL, new Uint8Array(40).fill(0x22));
  renderStage(display, region(0, 0, 160, 128), [sprite, under]);
  t.equal(at(10, 20), GREEN, 'left half of the sprite is colour 0 (magenta): transparent');
  t.equal(at(18, 20), WHITE);
  t.equal(at(25, 35), WHITE);
  t.equal(at(26, 20), GREEN, 'right of the sprite');
  t.equal(at(18, 36), GREEN, 'below the sprite');
});

t.test('frame rotations 0-7 move the marked pixel (1, 0) of the tile', async (t) => {
  // Where tile pixel (1, 0) lands for each rotation, in the sprite's 16×16 box.
  const expected: Array<[number, number]> = [
    [1, 0], // 0: as drawn
    [15, 1], // 1: 90° clockwise
    [14, 15], // 2: 180°
    [0, 14], // 3: 90° counter-clockwise
    [14, 0], // 4: mirrored
    [0, 1], // 5: 90° clockwise, mirrored
    [1, 15], // 6: 180°, mirrored
    [15, 14], // 7: 90° counter-clockwise, mirrored
  ];
  const bank = new Uint8Array(2048);
  setPixel(bank, 2, 1, 0, 1);
  for (let r = 0; r < 8; r++) {
    const { display, at } = setup();
    const sprite = new StageLayer(1, 1, bank, PAL, null);
    sprite.frame = 2;
    sprite.rotation = r;
    renderStage(display, region(0, 0, 16, 16), [sprite]);
    const found: Array<[number, number]> = [];
    for (let y = 0; y < 16; y++) for (let x = 0; x < 16; x++) if (at(x, y) === RED) found.push([x, y]);
    t.same(found, [expected[r]], `rotation ${r}`);
  }
});

t.test('a frame past the bank reads as colour 0; no exception', async (t) => {
  const { display, at } = setup();
  const sprite = new StageLayer(1, 1, solidBank(), palette([GREEN]), null);
  sprite.frame = 40;
  renderStage(display, region(0, 0, 16, 16), [sprite]);
  t.equal(at(5, 5), GREEN);
});

t.test('text: 2-bit pixels, leftmost in the low bits; char 0 transparent; bit 7 highlights', async (t) => {
  const { display, at } = setup();
  const font = new Uint8Array(2048);
  font[65 * 16] = 0b11_10_01_00; // 'A' row 0: pixels 0..3 = 0, 1, 2, 3
  font[65 * 16 + 1] = 0b00_00_00_01; // pixel 4 = 1
  const pal = palette([MAGENTA, RED, GREEN, BLUE, MAGENTA, WHITE, BLUE, GREEN]);
  const chars = new Uint8Array([65, 0, 65 | 0x80, 0]);
  const text = new StageText(2, 2, font, pal, chars);
  text.x = 8;
  text.y = 8;
  renderStage(display, region(0, 0, 40, 40, { background: 0xe007 /* green, swapped */ }), [text]);
  t.same([at(8, 8), at(9, 8), at(10, 8), at(11, 8), at(12, 8)], [GREEN, RED, GREEN, BLUE, RED]);
  t.equal(at(16, 8), GREEN, 'char 0: background');
  t.same([at(9, 16), at(10, 16), at(11, 16)], [WHITE, BLUE, GREEN], 'highlighted: colours 4-7');
  t.equal(at(8, 16), GREEN, 'colour 4 transparent');
  t.equal(at(8, 9), GREEN, 'row 1 of A is colour 0');
  t.equal(TRANSPARENT, 0x1ff8);
});

t.test('partial area: only its pixels change', async (t) => {
  const { display, panel, at } = setup();
  panel.pixels.fill(0x1234);
  const grid = new StageLayer(10, 8, solidBank(), PAL, new Uint8Array(40).fill(0x11));
  const area = renderStage(display, region(20, 10, 30, 14), [grid]);
  t.same(area && [area.x1, area.y1, area.x2, area.y2], [20, 10, 30, 14]);
  t.equal(at(20, 10), RED);
  t.equal(at(29, 13), RED);
  t.equal(at(19, 10), 0x1234);
  t.equal(at(30, 10), 0x1234);
  t.equal(at(20, 14), 0x1234);
});

t.test('scale 2: each stage pixel is 2×2, the area is scaled too', async (t) => {
  const { display, at } = setup();
  const bank = new Uint8Array(2048);
  setPixel(bank, 1, 3, 2, 4);
  const map = new Uint8Array(40);
  map[0] = 0x10; // tile (0, 0) = 1
  const grid = new StageLayer(10, 8, bank, PAL, map);
  renderStage(display, region(0, 0, 80, 64, { scale: 2 }), [grid]);
  t.same([at(6, 4), at(7, 4), at(6, 5), at(7, 5)], [WHITE, WHITE, WHITE, WHITE]);
  t.equal(at(8, 4), 0, 'colour 0 is magenta, the transparent colour: background 0 (black)');
  t.equal(at(160 - 1, 127), 0, 'outside the grid: background');
});

t.test('viewport offset and display rotation', async (t) => {
  const bank = new Uint8Array(2048);
  setPixel(bank, 1, 0, 0, 1);
  const sprite = new StageLayer(1, 1, bank, PAL, null);
  sprite.frame = 1;
  sprite.x = 50;
  sprite.y = 40;
  const a = setup();
  renderStage(a.display, region(0, 0, 160, 128, { vx: 10, vy: 5 }), [sprite]);
  t.equal(a.at(40, 35), RED, 'stage (50, 40) seen from (10, 5)');
  const b = setup(90);
  t.equal(b.display.width, 128);
  renderStage(b.display, region(0, 0, 128, 160), [sprite]);
  // Rotation 90: logical (x, y) is panel (159 - y, x).
  t.equal(b.at(159 - 40, 50), RED);
});
