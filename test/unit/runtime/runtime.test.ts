// The runtime's own pieces without the VM: the sandboxed drive, code-file choice, settings.toml,
// the emulated button shift register read by keypad, the nvm store and the clocks.
import t from 'tap';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SandboxFs, FsError, ERRNO } from '../../../src/runtime/sandbox-fs';
import { resolveTarget } from '../../../src/runtime/program-files';
import { parseSettings } from '../../../src/runtime/settings-toml';
import { BoardHardware, ClaimedPin } from '../../../src/runtime/board-hardware';
import { loadBoard } from '../../../ports/board';
import { ShiftRegisterKeys } from '../../../src/modules/keypad/ShiftRegisterKeys';
import { Nvm } from '../../../src/runtime/nvm';
import { VirtualClock } from '../../../src/runtime/clock';
import { Yasmarang } from '../../../src/modules/random/yasmarang';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cpygame-rt-'));
}

function errnoOf(f: () => unknown): number | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof FsError) return e.errno;
    throw e;
  }
  return undefined;
}

t.test('the drive: paths that leave the game folder are refused', async (t) => {
  const root = tempDir();
  const outside = tempDir();
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'no');
  fs.writeFileSync(path.join(root, 'code.py'), 'x');
  fs.symlinkSync(outside, path.join(root, 'link'));
  const drive = new SandboxFs(root, true);
  t.equal(new TextDecoder().decode(drive.readFile('/code.py')), 'x', 'absolute paths start at the drive root');
  t.equal(new TextDecoder().decode(drive.readFile('code.py')), 'x');
  t.equal(errnoOf(() => drive.readFile('../secret.txt')), ERRNO.EPERM, '.. above the root');
  t.equal(errnoOf(() => drive.readFile('/link/secret.txt')), ERRNO.EPERM, 'a symlink pointing out');
  t.equal(errnoOf(() => drive.writeFileAtomic('/link/new.txt', new Uint8Array(1))), ERRNO.EPERM, 'no writes through it either');
  t.equal(errnoOf(() => drive.listdir('/link')), ERRNO.EPERM);
  t.equal(errnoOf(() => drive.readFile('/missing.txt')), ERRNO.ENOENT);
  t.same(drive.listdir('/').sort(), ['code.py', 'link']);
});

t.test('the drive: writes are atomic and a read-only drive refuses them', async (t) => {
  const root = tempDir();
  const drive = new SandboxFs(root, true);
  drive.writeFileAtomic('/save.txt', new TextEncoder().encode('one'));
  drive.writeFileAtomic('/save.txt', new TextEncoder().encode('two'));
  t.equal(fs.readFileSync(path.join(root, 'save.txt'), 'utf8'), 'two');
  t.same(fs.readdirSync(root), ['save.txt'], 'no temporary file is left behind');
  drive.writable = false;
  t.equal(errnoOf(() => drive.writeFileAtomic('/save.txt', new Uint8Array(0))), ERRNO.EROFS);
  t.equal(errnoOf(() => drive.remove('/save.txt')), ERRNO.EROFS);
});

t.test('code file choice follows the board: code.txt first, then code.py, main.py, main.txt', async (t) => {
  const root = tempDir();
  for (const name of ['main.txt', 'main.py', 'code.py', 'code.txt']) {
    fs.writeFileSync(path.join(root, name), '');
    const target = resolveTarget(root);
    t.equal(typeof target === 'string' ? target : target.codeFile, name);
  }
  const empty = tempDir();
  t.match(resolveTarget(empty), /no code.txt, code.py, main.py, main.txt/);
  fs.writeFileSync(path.join(empty, 'code.py.py'), '');
  const doubled = resolveTarget(empty);
  t.equal(typeof doubled === 'string' ? '' : doubled.doubledExtension, true, 'a doubled extension is found and flagged');
});

t.test('settings.toml: strings and integers at top level', async (t) => {
  const s = parseSettings('A = "x\\ty"\nB = 0x10\nC = -3_000 # comment\nD = 1.5\n[table]\nE = "no"\n');
  t.equal(s.get('A'), 'x\ty');
  t.equal(s.get('B'), 16);
  t.equal(s.get('C'), -3000);
  t.notOk(s.has('D'), 'floats are not settings');
  t.notOk(s.has('E'), 'nothing from tables');
});

t.test('the button shift register answers keypad as the PyBadge wiring does', async (t) => {
  const board = loadBoard('pybadge');
  const hw = new BoardHardware(board);
  let ticks = 0;
  const clock = { rawTicks: () => ticks, ticksMs: () => Math.floor((ticks * 1000) / 1024) };
  const pin = (name: string) => new ClaimedPin(hw.pin(name));
  const keys = new ShiftRegisterKeys(clock, pin('BUTTON_CLOCK'), [pin('BUTTON_OUT')], pin('BUTTON_LATCH'), {
    keyCounts: [8], valueWhenPressed: true, valueToLatch: true, interval: 0.02,
  });
  const startIndex = board.buttons.keys.indexOf('START');
  const leftIndex = board.buttons.keys.indexOf('LEFT');
  hw.buttons = (1 << startIndex) | (1 << leftIndex);
  ticks += 30;
  keys.scanIfDue();
  const first = keys.events.get();
  const second = keys.events.get();
  t.same([first?.keyNumber, first?.pressed, second?.keyNumber, second?.pressed], [2, true, 7, true], 'START is key 2, LEFT key 7');
  hw.buttons = 0;
  ticks += 30;
  keys.scanIfDue();
  t.same([keys.events.get()?.pressed, keys.events.get()?.pressed], [false, false], 'both released');
  t.equal(keys.events.get(), null);
});

t.test('nvm: erased bytes read 0xFF and every commit replaces the file whole', async (t) => {
  const file = path.join(tempDir(), 'game.nvm');
  const nvm = new Nvm(8192, file);
  t.equal(nvm.bytes[0], 0xff);
  nvm.bytes[0] = 42;
  nvm.commit();
  t.equal(fs.statSync(file).size, 8192);
  t.equal(new Nvm(8192, file).bytes[0], 42, 'the next run reads it back');
  t.equal(new Nvm(8192, null).bytes[0], 0xff, 'an in-memory nvm starts erased');
});

t.test('virtual time moves only by sleeps and charged work', async (t) => {
  const clock = new VirtualClock();
  t.equal(clock.nowNs(), 0);
  clock.sleepNs(1e6);
  clock.chargeWork(5);
  t.equal(clock.nowNs(), 1e6 + 5 * 200);
});

t.test('yasmarang: a seed gives the same sequence; the auto-seed is asked only when unseeded', async (t) => {
  let asked = 0;
  const a = new Yasmarang(() => { asked++; return 7; });
  const b = new Yasmarang(() => 0);
  a.seed(1234);
  b.seed(1234);
  const seqA = Array.from({ length: 20 }, () => a.next());
  const seqB = Array.from({ length: 20 }, () => b.next());
  t.same(seqA, seqB);
  t.equal(asked, 0);
  t.ok(seqA.every((v) => Number.isInteger(v) && v >= 0 && v < 2 ** 32), '32-bit outputs');
  const c = new Yasmarang(() => { asked++; return 1234; });
  t.same(Array.from({ length: 20 }, () => c.next()), seqA, 'auto-seeding uses the hardware word as the seed');
  t.equal(asked, 1);
  for (let i = 0; i < 200; i++) {
    const r = a.random();
    if (r < 0 || r >= 1 || Math.round(r * 2 ** 23) !== r * 2 ** 23) t.fail(`random() out of its 2**-23 grid: ${r}`);
    const k = a.below(10);
    if (k < 0 || k >= 10) t.fail(`below(10) gave ${k}`);
  }
  t.equal(a.getrandbits(0), 0);
});
