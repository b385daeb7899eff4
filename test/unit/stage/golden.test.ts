// Pixel-exact pictures of stage programs (test/golden/_stage/<name>.py → <name>.png) on a
// headless PyBadge with the test bank (helpers.ts testBank) on the drive as bank.bmp. Nothing
// refreshes the display: the pictures are what _stage.render wrote into the panel.
// UPDATE_GOLDEN=1 records the pictures: only on purpose, and look at them.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { decodePNG, encodePNG } from '../../../ports/backends/headless/png';
import { runStage, testBank } from './helpers';

const dir = join(__dirname, '..', '..', 'golden', '_stage');
const update = process.env.UPDATE_GOLDEN === '1';
const bank = testBank();

for (const file of readdirSync(dir).filter((f) => f.endsWith('.py')).sort()) {
  const name = file.slice(0, -3);
  t.test(name, async (t) => {
    const r = runStage(readFileSync(join(dir, file), 'utf8'), { 'bank.bmp': bank });
    t.equal(r.error, null, 'runs without an exception');
    const rgba = r.panel.toRGBA();
    const png = join(dir, `${name}.png`);
    if (update) writeFileSync(png, encodePNG(rgba, r.panel.width, r.panel.height));
    if (!existsSync(png)) {
      t.fail(`no golden _stage/${name}.png (UPDATE_GOLDEN=1 records it)`);
      return;
    }
    const golden = decodePNG(readFileSync(png));
    let bad = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      if (rgba[i] !== golden.rgba[i] || rgba[i + 1] !== golden.rgba[i + 1] || rgba[i + 2] !== golden.rgba[i + 2]) bad++;
    }
    if (bad) writeFileSync(join(dir, `${name}.actual.png`), encodePNG(rgba, r.panel.width, r.panel.height));
    t.equal(bad, 0, `${bad} pixels differ from _stage/${name}.png`);
    if (name === 'text') t.equal(r.stdout, "(104, 8) \u00c8 None\n");
    if (name === 'scale2') t.equal(r.stdout, '80 64\n');
  });
}
