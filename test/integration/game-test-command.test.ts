// `cpygame test` on a small game made here: goldens written with --update pass, a changed pixel
// fails with .actual and .diff pictures, and bad cases say what is wrong and where.
import t from 'tap';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'bin', 'cpygame.js');

const GAME = `import board, displayio, keypad, time
keys = keypad.ShiftRegisterKeys(clock=board.BUTTON_CLOCK, data=board.BUTTON_OUT, latch=board.BUTTON_LATCH,
                                key_count=8, value_when_pressed=True)
bitmap = displayio.Bitmap(160, 128, 2)
palette = displayio.Palette(2)
palette[1] = COLOR
board.DISPLAY.root_group = displayio.Group()
board.DISPLAY.root_group.append(displayio.TileGrid(bitmap, pixel_shader=palette))
x = 0
while True:
    e = keys.events.get()
    if e and e.pressed and e.key_number == 1:
        x += 10
    if x > 30:
        raise ValueError("too far")
    bitmap[x, 64] = 1
    time.sleep(1 / 60)
`;

function makeGame(color: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpygame-game-'));
  fs.writeFileSync(path.join(dir, 'code.py'), GAME.replace('COLOR', color));
  fs.mkdirSync(path.join(dir, 'tests'));
  fs.writeFileSync(path.join(dir, 'tests', 'move.input'), '# frames: 10 40\n20 press A\n22 release A\n');
  return dir;
}

const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'test', ...args], { encoding: 'utf8' });

t.test('goldens: missing, written, matching, then a changed picture', async (t) => {
  const game = makeGame('0xFF0000');
  let r = run(game);
  t.equal(r.status, 1);
  t.match(r.stdout, /missing golden .*move-10\.png: create it with `npx cpygame test .* --update`/);
  r = run(game, '--update');
  t.equal(r.status, 0, r.stdout);
  t.ok(fs.existsSync(path.join(game, 'tests', 'move-40.png')));
  t.equal(run(game).status, 0, 'the recorded goldens match');
  fs.writeFileSync(path.join(game, 'code.py'), GAME.replace('COLOR', '0x00FF00'));
  r = run(game);
  t.equal(r.status, 1);
  t.match(r.stdout, /frame 10: 1 pixels differ from .*move-10\.png/);
  t.ok(fs.existsSync(path.join(game, 'tests', 'move-40.diff.png')), 'a diff picture is written');
  t.ok(fs.existsSync(path.join(game, 'tests', 'move-40.actual.png')));
});

t.test('bad cases name the problem', async (t) => {
  const game = makeGame('0xFF0000');
  fs.writeFileSync(path.join(game, 'tests', 'typo.input'), '# frames: 5\n3 press TURBO\n');
  fs.writeFileSync(path.join(game, 'tests', 'crash.input'), '# frames: 200\n20 press A\n22 release A\n40 press A\n42 release A\n60 press A\n62 release A\n80 press A\n82 release A\n');
  const r = run(game, '--update');
  t.equal(r.status, 1);
  t.match(r.stdout, /typo\.input:2: unknown button "TURBO" \(buttons: A B START SELECT UP DOWN LEFT RIGHT\)/);
  t.match(r.stdout, /the game raised an exception at frame \d+:[\s\S]*ValueError: too far/);
  t.match(r.stdout, /frame 200 never came: the game stopped at frame \d+/);
});
