// Device-exact mode's heap model (src/runtime/board-heap*.ts): the board-side sizes of objects,
// and programs run headless through the built library with and without --device-exact.
import t from 'tap';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BoardHeap } from '../../../src/runtime/board-heap';
import { PyDict, PyList, PyTuple, newModule } from '../../../src/objects';

const root = path.join(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const lib = require(path.join(root, 'dist', 'index.js'));

function run(source: string, deviceExact: boolean, port = 'pybadge'): { stdout: string; stderr: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpygame-heap-'));
  fs.writeFileSync(path.join(dir, 'code.py'), source);
  const target = lib.resolveTarget(path.join(dir, 'code.py'));
  const board = lib.boardFor(target, lib.parseRunOptions(['--port', port]));
  let stdout = '', stderr = '';
  lib.runHeadless(target, board, { deviceExact, stdout: (s: string) => { stdout += s; }, stderr: (s: string) => { stderr += s; } });
  return { stdout, stderr };
}

/** The estimate for one module holding `value` as its only global, less that of an empty module. */
function sizeOf(value: unknown): number {
  const heap = new BoardHeap(147456);
  const measure = (globals: Record<string, unknown>) => {
    const m = newModule('m', globals as never);
    m.dict.setStr('__file__', 'm.py');
    const modules = new PyDict();
    modules.setStr('m', m);
    return heap.measure({ modules, frames: [], rootGroup: null }).bytes;
  };
  return measure({ x: value }) - measure({ x: 0 });
}

t.test('sizes: immediates are free, containers cost header and slots in 16-byte blocks', async (t) => {
  t.equal(sizeOf(12345), 0, 'a small int is immediate');
  t.equal(sizeOf(2 ** 40), 32, 'a big int: the mpz object and its 16-bit digits, a block each');
  t.equal(sizeOf(new PyList([1, 2, 3, 4, 5, 6, 7, 8])), 16 + 32, 'list: header, then 8 slots of 4 bytes');
  t.equal(sizeOf(new PyTuple([1, 2, 3])), 32, 'tuple: 8 + 3 * 4 bytes in one allocation, rounded to 2 blocks');
  t.equal(sizeOf('a'.repeat(40)), 16 + 48, 'str: object, then its bytes and a NUL');
  const shared = new PyList([]);
  t.equal(sizeOf(new PyList([shared, shared])), 16 + 16 + 16 + 16, 'an object reached twice counts once');
});

t.test('a 320x240 16-bit Bitmap does not fit a PyBadge under --device-exact', async (t) => {
  const program = [
    'import displayio',
    'try:',
    '    b = displayio.Bitmap(320, 240, 65536)',
    '    print("allocated")',
    'except MemoryError as e:',
    '    print("MemoryError:", e)',
  ].join('\n');
  t.equal(run(program, true).stdout, 'MemoryError: memory allocation failed, allocating 153600 bytes\n',
    '320 * 240 * 2 bytes of pixels, more than the 144 KiB heap');
  t.equal(run(program, false).stdout, 'allocated\n', 'without the flag the host has room');
});

t.test('gc.mem_free() falls when a big list is kept, and rises when it goes', async (t) => {
  const program = [
    'import gc',
    'before = gc.mem_free()',
    'keep = [0] * 10000',
    'during = gc.mem_free()',
    'print(before - during >= 40000, gc.mem_alloc() > 40000)',
    'keep = None',
    'print(gc.mem_free() - during > 39000)',
  ].join('\n');
  t.equal(run(program, true).stdout, 'True True\nTrue\n');
  t.equal(run('import gc\nprint(gc.mem_free(), gc.mem_alloc())\nkeep = [0] * 10000\nprint(gc.mem_free())\n', false).stdout,
    '122880 24576\n122880\n', 'without the flag the figures are fixed');
});

t.test('attributes of instances kept by layout count like an instance dict', async (t) => {
  const program = [
    'import gc',
    'class Sprite:',
    '    def __init__(self):',
    '        self.trail = [0] * 10000',
    'before = gc.mem_free()',
    'sprite = Sprite()',
    'print(before - gc.mem_free() >= 40000)',
  ].join('\n');
  t.equal(run(program, true).stdout, 'True\n', 'the list held by an attribute is reached through the instance');
});

t.test('a program that keeps growing gets MemoryError at a tick, in the board wording', async (t) => {
  const { stderr } = run('grow = []\nwhile True:\n    grow.append("x" * 100 + str(len(grow)))\n', true);
  t.match(stderr, /MemoryError: memory allocation failed, allocating \d+ bytes\n$/);
});

t.test("a game loop's locals count while an inner call runs", async (t) => {
  const program = [
    'import gc, time',
    'def work(n):',
    '    total = 0',
    '    for i in range(n):',
    '        total += i',
    '    return total',
    'def measure():',
    '    return gc.mem_free()',
    'def main():',
    '    before = measure()',
    '    big = [0] * 20000',
    '    for frame in range(5):',
    '        work(3000)',
    '        time.sleep(0.01)',
    '    print(before - measure() > 70000)',
    'main()',
  ].join('\n');
  t.equal(run(program, true).stdout, 'True\n', "main's list is seen from inside measure(): main was running when it slept");
});
