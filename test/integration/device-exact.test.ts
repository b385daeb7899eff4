// How a run is put in device-exact mode: --device-exact, or CPYGAME_DEVICE_EXACT = 1 in the game
// folder's settings.toml; and that a later run without it is back to CPython's floats.
import t from 'tap';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const lib = require(path.join(root, 'dist', 'index.js'));

function game(settings: string | null): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpygame-exact-'));
  fs.writeFileSync(path.join(dir, 'code.py'), 'print(1 / 3)\n');
  if (settings !== null) fs.writeFileSync(path.join(dir, 'settings.toml'), settings);
  return dir;
}

function run(dir: string, args: string[]): string {
  const target = lib.resolveTarget(dir);
  const opts = lib.parseRunOptions(args);
  let stdout = '';
  lib.runHeadless(target, lib.boardFor(target, opts), { deviceExact: lib.deviceExactFor(target, opts), stdout: (s: string) => { stdout += s; }, stderr: () => {} });
  return stdout;
}

t.test('the flag, the settings file, and neither', async (t) => {
  t.equal(run(game(null), ['--device-exact']), '0.333333\n');
  t.equal(run(game('CPYGAME_DEVICE_EXACT = 1\n'), []), '0.333333\n');
  t.equal(run(game('CPYGAME_DEVICE_EXACT = 0\n'), []), '0.3333333333333333\n');
  t.equal(run(game(null), []), '0.3333333333333333\n', 'the float switch is reset by the next run');
});
