// Auto-reload in an interactive run: an edit from outside restarts the program; the program's own
// saves do not. Uses the window backend with SDL's dummy video driver (no screen needed); skipped,
// with the reason printed, where the SDL build is missing.
import t from 'tap';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'bin', 'cpygame.js');

t.test('an outside edit reloads, the game\'s own saves do not', async (t) => {
  if (spawnSync(process.execPath, ['-e', "require('@kmamal/sdl')"], { cwd: root }).status !== 0) {
    t.comment('skipped: @kmamal/sdl is not built here (needs libsdl2-dev)');
    t.pass('skipped');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpygame-reload-'));
  fs.writeFileSync(path.join(dir, 'code.py'),
    'import time\nprint("start")\nn = 0\nwhile True:\n    n += 1\n    with open("save.txt", "w") as f:\n        f.write(str(n))\n    time.sleep(0.05)\n');
  const env = { ...process.env, SDL_VIDEODRIVER: 'dummy', SDL_AUDIODRIVER: 'dummy', XDG_RUNTIME_DIR: os.tmpdir() };
  const child = spawn(process.execPath, [cli, 'run', dir, '--backend', 'sdl'], { env, stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
  const starts = () => out.split('\n').filter((l) => l === 'start').length;
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  try {
    for (let i = 0; i < 100 && starts() < 1; i++) await wait(100);
    await wait(1500);
    t.equal(starts(), 1, 'running and saving without reloading');
    fs.utimesSync(path.join(dir, 'code.py'), new Date(), new Date(Date.now() + 5000));
    for (let i = 0; i < 100 && starts() < 2; i++) await wait(100);
    t.equal(starts(), 2, 'the edit restarted the program');
  } finally {
    child.kill('SIGKILL');
  }
});
