// Compositor throughput: full 160×128 frames and sprite-only dirty refreshes of a typical game
// scene (10×8 background of 16×16 tiles from a 4-bit bitmap, 20 moving 16×16 sprites with a
// transparent colour, two text labels). Bundles the TypeScript with esbuild first, then times.
// Run: node bench/compositor.mjs
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'cpygame-bench-'));
const out = join(dir, 'compositor.js');
await build({
  stdin: {
    contents: `
      export { Bitmap } from './displayio/Bitmap';
      export { Palette } from './displayio/Palette';
      export { TileGrid } from './displayio/TileGrid';
      export { Group } from './displayio/Group';
      export { Display } from './displayio/Display';
      export { HeadlessPanel } from './ports/backends/headless/panel';
      export { builtinFont } from './displayio/fontio/BuiltinFont';`,
    resolveDir: repo, loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning',
});
const m = createRequire(import.meta.url)(out);
rmSync(dir, { recursive: true });

let clock = 0;
const panel = new m.HeadlessPanel(160, 128);
const display = new m.Display({ panel, now: () => clock });
const root = new m.Group();

const sheet = new m.Bitmap(64, 64, 4);
for (let y = 0; y < 64; y++) for (let x = 0; x < 64; x++) sheet.setPixelRaw(x, y, (x * 7 + y * 3) & 15);
const pal = new m.Palette(16);
for (let i = 0; i < 16; i++) pal.set(i, i * 0x101010);
const bg = new m.TileGrid(sheet, pal, { width: 10, height: 8, tileWidth: 16, tileHeight: 16 });
for (let i = 0; i < 80; i++) bg.setTile(i % 10, Math.floor(i / 10), i % 16);
root.append(bg);

const spriteBmp = new m.Bitmap(16, 16, 4);
for (let y = 0; y < 16; y++) for (let x = 0; x < 16; x++) spriteBmp.setPixelRaw(x, y, (x + y) % 3 === 0 ? 0 : 1 + ((x ^ y) & 7));
const spritePal = new m.Palette(16);
for (let i = 0; i < 16; i++) spritePal.set(i, 0xff0000 + i * 0x0f0f);
spritePal.makeTransparent(0);
const sprites = [];
for (let i = 0; i < 20; i++) {
  const s = new m.TileGrid(spriteBmp, spritePal, { x: (i * 37) % 144, y: (i * 23) % 112 });
  sprites.push(s);
  root.append(s);
}

const font = m.builtinFont();
const textPal = new m.Palette(2);
textPal.set(1, 0xffffff);
textPal.makeTransparent(0);
for (const [y, text] of [[2, 'SCORE 001234'], [116, 'LIVES 3  LEVEL 7']]) {
  const label = new m.TileGrid(font.bitmap, textPal, { width: text.length, height: 1, tileWidth: 6, tileHeight: 12, x: 2, y });
  for (let i = 0; i < text.length; i++) label.setTile(i, 0, text.charCodeAt(i) - 32);
  root.append(label);
}
display.rootGroup = root;
display.refreshNow();

function time(name, frames, step) {
  for (let i = 0; i < frames / 10; i++) step(i);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < frames; i++) step(i);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`${name}: ${Math.round(frames / (ms / 1000))} frames/s`);
}

time('full frames (160x128)', 20000, () => { display.invalidate(); display.refreshNow(); });
time('sprite-only dirty refresh (20 sprites move 1px)', 20000, (i) => {
  for (let k = 0; k < sprites.length; k++) sprites[k].x = ((k * 37) + (i & 63)) % 150;
  display.refreshNow();
});

// The same frame with the background drawn through a scale-2 group (the row path, not the fast one).
root.pop(0);
const big = new m.Group({ scale: 2 });
const bg2 = new m.TileGrid(sheet, pal, { width: 5, height: 4, tileWidth: 16, tileHeight: 16 });
for (let i = 0; i < 20; i++) bg2.setTile(i % 5, Math.floor(i / 5), i % 16);
big.append(bg2);
root.insert(0, big);
time('full frames, background in a scale-2 group', 20000, () => { display.invalidate(); display.refreshNow(); });
