// A stage program reads every button through ugame.buttons on both boards: the built library
// (dist/index.js) runs it headless with a scripted input, one button at a time, and the program
// prints what get_pressed() returns. The K_* bits differ per board (reference:
// boards-pybadge-pygamer.md); the PyGamer's directions come from its joystick.
import t from 'tap';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const lib = require(join(root, 'dist', 'index.js'));

const PROGRAM = `import ugame
import stage

names = {}
for name in ("K_X", "K_O", "K_START", "K_SELECT", "K_UP", "K_DOWN", "K_LEFT", "K_RIGHT"):
    names[getattr(ugame, name)] = name
bank = stage.Bank(bytearray(2048), bytearray(32))
game = stage.Stage(ugame.display, 30)
game.layers = [stage.Grid(bank, 10, 8)]
last = 0
while True:
    pressed = ugame.buttons.get_pressed()
    if pressed != last:
        print(hex(pressed), " ".join(names[b] for b in sorted(names) if pressed & b))
        last = pressed
    game.render_block(0, 0, 16, 16)
    game.tick()
`;

const BUTTONS = ['A', 'B', 'START', 'SELECT', 'UP', 'DOWN', 'LEFT', 'RIGHT'];
const script = BUTTONS.map((b, i) => `${10 + i * 10} press ${b}\n${15 + i * 10} release ${b}\n`).join('');

const expected: Record<string, string[]> = {
  pybadge: ['0x2 K_X', '0x1 K_O', '0x4 K_START', '0x8 K_SELECT', '0x40 K_UP', '0x20 K_DOWN', '0x80 K_LEFT', '0x10 K_RIGHT'],
  pygamer: ['0x2 K_O', '0x1 K_X', '0x4 K_START', '0x8 K_SELECT', '0x80 K_UP', '0x10 K_DOWN', '0x20 K_LEFT', '0x40 K_RIGHT'],
};

for (const board of ['pybadge', 'pygamer']) {
  t.test(board, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'cpygame-stage-buttons-'));
    writeFileSync(join(dir, 'code.py'), PROGRAM);
    let out = '';
    const run = lib.runHeadless(lib.resolveTarget(join(dir, 'code.py')), lib.loadBoard(board), {
      frames: 100,
      script: lib.parseInputScript(script),
      stdout: (s: string) => { out += s; },
      stderr: (s: string) => { out += s; },
    });
    t.equal(run.result.kind, 'stopped', out);
    const lines = out.split('\n').map((l) => l.trim()).filter((l) => l !== '' && l !== '0x0');
    t.same(lines, expected[board]);
  });
}

t.test('START held for more than 2 s in get_pressed() reloads, on both boards', async (t) => {
  for (const board of ['pybadge', 'pygamer']) {
    const dir = mkdtempSync(join(tmpdir(), 'cpygame-stage-reload-'));
    writeFileSync(join(dir, 'code.py'), 'import time, ugame\nwhile True:\n    ugame.buttons.get_pressed()\n    print(time.monotonic())\n    time.sleep(0.25)\n');
    let out = '';
    const run = lib.runHeadless(lib.resolveTarget(join(dir, 'code.py')), lib.loadBoard(board), {
      frames: 1000,
      script: lib.parseInputScript('10 press START\n'),
      stdout: (s: string) => { out += s; },
      stderr: (s: string) => { out += s; },
    });
    t.same(run.result, { kind: 'stopped', reason: 'reload' }, board);
    const times = out.trim().split('\n').map(Number);
    t.ok(times[times.length - 1] > 2 && times[times.length - 1] < 3, `${board}: reloaded after 2 s (${times.at(-1)})`);
  }
});
