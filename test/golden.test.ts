// Golden images: every scene of test/golden/<module>/scenes.ts is rendered headless and compared
// with <module>/<name>.png pixel for pixel. On a mismatch .actual.png and .diff.png are written
// beside the golden (git-ignored). UPDATE_GOLDEN=1 rewrites goldens: only on purpose.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { decodePNG, encodePNG } from '../ports/backends/headless/png';
import type { GoldenSet } from './golden/displayio/golden';
import { scenes as bitmaptools } from './golden/bitmaptools/scenes';
import { scenes as displayio } from './golden/displayio/scenes';
import { scenes as terminalio } from './golden/terminalio/scenes';
import { scenes as vectorio } from './golden/vectorio/scenes';

const SETS: Record<string, GoldenSet> = { displayio, vectorio, bitmaptools, terminalio };
const update = process.env.UPDATE_GOLDEN === '1';

for (const [module, set] of Object.entries(SETS)) {
  for (const [name, scene] of Object.entries(set)) {
    t.test(`${module}/${name}`, async t => {
      const s = scene.build();
      scene.check?.(s, t);
      const { width, height } = s.panel;
      const actual = s.panel.toRGBA();
      const base = join(__dirname, 'golden', module, name);
      if (update) writeFileSync(`${base}.png`, encodePNG(actual, width, height));
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
    });
  }
}
