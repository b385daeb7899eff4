// Golden images: every scene of test/golden/<module>/scenes.ts, and every <module>/<name>.py run
// on a headless PyBadge, is compared with <module>/<name>.png pixel for pixel (a .py shares the
// PNG of the TS scene it re-creates). On a mismatch .actual.png and .diff.png are written beside
// the golden (git-ignored). UPDATE_GOLDEN=1 rewrites the TS scenes' goldens: only on purpose.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { Test } from 'tap';
import { decodePNG, encodePNG } from '../ports/backends/headless/png';
import type { GoldenSet } from './golden/displayio/golden';
import { runPython } from './golden/displayio/python';
import { scenes as bitmaptools } from './golden/bitmaptools/scenes';
import { scenes as displayio } from './golden/displayio/scenes';
import { scenes as terminalio } from './golden/terminalio/scenes';
import { scenes as vectorio } from './golden/vectorio/scenes';

const SETS: Record<string, GoldenSet> = { displayio, vectorio, bitmaptools, terminalio };
const update = process.env.UPDATE_GOLDEN === '1';

/** Compares an RGBA frame with <module>/<name>.png; writes .actual/.diff PNGs on a mismatch. */
function compare(t: Test, module: string, name: string, actual: Uint8Array, width: number, height: number, record: boolean): void {
  const base = join(__dirname, 'golden', module, name);
  if (record) writeFileSync(`${base}.png`, encodePNG(actual, width, height));
  if (!existsSync(`${base}.png`)) {
    writeFileSync(`${base}.actual.png`, encodePNG(actual, width, height));
    t.fail(`no golden ${module}/${name}.png (wrote .actual.png; UPDATE_GOLDEN=1 records it)`);
    return;
  }
  const golden = decodePNG(readFileSync(`${base}.png`));
  t.same([golden.width, golden.height], [width, height], 'size');
  let bad = 0;
  const diff = new Uint8Array(actual.length);
  for (let i = 0; i < actual.length; i += 4) {
    const same = actual[i] === golden.rgba[i] && actual[i + 1] === golden.rgba[i + 1] && actual[i + 2] === golden.rgba[i + 2];
    if (!same) bad++;
    diff.set(same ? [actual[i] >> 2, actual[i + 1] >> 2, actual[i + 2] >> 2, 255] : [255, 0, 255, 255], i);
  }
  if (bad) {
    writeFileSync(`${base}.actual.png`, encodePNG(actual, width, height));
    writeFileSync(`${base}.diff.png`, encodePNG(diff, width, height));
  }
  t.equal(bad, 0, `${bad} pixels differ from ${module}/${name}.png`);
}

for (const [module, set] of Object.entries(SETS)) {
  for (const [name, scene] of Object.entries(set)) {
    t.test(`${module}/${name}`, async t => {
      const s = scene.build();
      scene.check?.(s, t);
      compare(t, module, name, s.panel.toRGBA(), s.panel.width, s.panel.height, update);
    });
  }
  for (const file of readdirSync(join(__dirname, 'golden', module)).filter((f) => f.endsWith('.py')).sort()) {
    const name = file.slice(0, -3);
    t.test(`${module}/${file}`, async t => {
      const r = runPython(readFileSync(join(__dirname, 'golden', module, file), 'utf8'));
      t.equal(r.error, null, 'runs without an exception');
      r.rt.display.refreshNow();
      compare(t, module, name, r.panel.toRGBA(), r.panel.width, r.panel.height, false);
    });
  }
}
