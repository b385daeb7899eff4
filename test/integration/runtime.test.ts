// Whole runs through the built CLI and library: the same game and input give the same frames and
// output bit for bit; a save killed mid-write leaves the old or the new file, never a torn one;
// a program cannot reach outside its folder.
import t from 'tap';
import { createHash } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'bin', 'cpygame.js');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const lib = require(path.join(root, 'dist', 'index.js'));

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cpygame-it-'));
}

function runSnake(): { frames: string; output: string } {
  const game = path.join(root, 'games', 'snake');
  const target = lib.resolveTarget(game);
  const board = lib.boardFor(target, lib.parseRunOptions([]));
  const script = lib.parseInputScript(fs.readFileSync(path.join(game, 'tests', 'play.input'), 'utf8'));
  const hash = createHash('sha256');
  let output = '';
  lib.runHeadless(target, board, {
    frames: 240,
    script,
    captureFrames: new Set(Array.from({ length: 240 }, (_, i) => i + 1)),
    onCapture: (_frame: number, pixels: Uint16Array) => hash.update(pixels),
    stdout: (s: string) => { output += s; },
    stderr: (s: string) => { output += s; },
  });
  return { frames: hash.digest('hex'), output };
}

t.test('a game with the same input gives the same frames and output', async (t) => {
  const a = runSnake();
  const b = runSnake();
  t.equal(a.frames, b.frames, 'every one of 240 frames is identical');
  t.equal(a.output, b.output);
});

t.test('time and random are deterministic in headless runs', async (t) => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'code.py'),
    'import random, time, os\nprint(random.randint(0, 10**6), random.random(), os.urandom(4))\ntime.sleep(0.5)\nprint(time.monotonic())\n');
  const run = () => spawnSync(process.execPath, [cli, 'run', path.join(dir, 'code.py')], { encoding: 'utf8' });
  const first = run(), second = run();
  t.equal(first.status, 0, first.stderr);
  t.equal(first.stdout, second.stdout);
  t.match(first.stdout.split('\n')[1], /^0\.5\d*$/, 'monotonic counts the virtual sleep');
});

t.test('a save killed in the middle of a write loop is never torn', async (t) => {
  const dir = tempDir();
  const size = 200000;
  fs.writeFileSync(path.join(dir, 'save.txt'), 'A'.repeat(size));
  fs.writeFileSync(path.join(dir, 'code.py'), [
    'i = 0',
    'while True:',
    `    with open("save.txt", "w") as f:`,
    `        f.write(("AB"[i % 2]) * ${size})`,
    '    i += 1',
  ].join('\n') + '\n');
  for (let round = 0; round < 3; round++) {
    const child = spawn(process.execPath, [cli, 'run', path.join(dir, 'code.py')], { stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 400 + round * 150));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    const content = fs.readFileSync(path.join(dir, 'save.txt'), 'utf8');
    t.equal(content.length, size, `round ${round}: full length`);
    t.ok(/^(A+|B+)$/.test(content), `round ${round}: one whole version`);
  }
});

t.test('a program cannot read or write outside its folder', async (t) => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'code.py'), [
    'for p in ("../outside.txt", "/../outside.txt", "/etc/passwd"):',
    '    try:',
    '        open(p).read()',
    '        print("read", p)',
    '    except OSError as e:',
    '        print("OSError", p)',
    'try:',
    '    open("../escape.txt", "w").write("x")',
    'except OSError:',
    '    print("OSError write")',
  ].join('\n') + '\n');
  const r = spawnSync(process.execPath, [cli, 'run', path.join(dir, 'code.py')], { encoding: 'utf8' });
  t.equal(r.stdout, 'OSError ../outside.txt\nOSError /../outside.txt\nOSError /etc/passwd\nOSError write\n', r.stderr);
  t.notOk(fs.existsSync(path.join(path.dirname(dir), 'escape.txt')));
});

t.test('errors end in a Python traceback and exit status 1, never a JS stack', async (t) => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'code.py'), 'def f(n):\n    return f(n + 1)\nf(0)\n');
  const r = spawnSync(process.execPath, [cli, 'run', path.join(dir, 'code.py')], { encoding: 'utf8' });
  t.equal(r.status, 1);
  t.match(r.stderr, /^Traceback \(most recent call last\):\n  File "code.py", line 3, in <module>\n/);
  t.match(r.stderr, /RuntimeError: maximum recursion depth exceeded\n$/);
  t.notMatch(r.stderr, /at .*\.js:\d+/);
});

t.test('a program that eats memory gets MemoryError, not a crashed process', async (t) => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'code.py'), [
    'a = []',
    'try:',
    '    while True:',
    '        a.append([0] * 1000)',
    'except MemoryError:',
    '    a = None',
    '    print("MemoryError")',
  ].join('\n') + '\n');
  const r = spawnSync(process.execPath, [cli, 'run', path.join(dir, 'code.py')], {
    encoding: 'utf8', env: { ...process.env, CPYGAME_HEAP_MB: '64' }, timeout: 60000,
  });
  t.equal(r.stdout, 'MemoryError\n', r.stderr);
  t.equal(r.status, 0);
});

t.test('an allocation too big for the host is MemoryError', async (t) => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'code.py'), [
    'for make in (lambda: bytearray(10**11), lambda: 1 << 10**10):',
    '    try:',
    '        make()',
    '    except MemoryError:',
    '        print("MemoryError")',
  ].join('\n') + '\n');
  const r = spawnSync(process.execPath, [cli, 'run', path.join(dir, 'code.py')], { encoding: 'utf8' });
  t.equal(r.stdout, 'MemoryError\nMemoryError\n', r.stderr);
});
