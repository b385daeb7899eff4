// CircuitPython-only behaviour of the board and runtime modules (board, microcontroller, digitalio,
// time, supervisor, random): programs whose expected output is written from the reference, run
// headless in this process through the built library.
import t from 'tap';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const lib = require(path.join(root, 'dist', 'index.js'));
const dir = path.join(__dirname, 'fixtures', 'board');

for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort()) {
  t.test(file, async (t) => {
    const target = lib.resolveTarget(path.join(dir, file));
    const board = lib.boardFor(target, lib.parseRunOptions([]));
    let stdout = '', stderr = '';
    const run = lib.runHeadless(target, board, { stdout: (s: string) => { stdout += s; }, stderr: (s: string) => { stderr += s; } });
    t.equal(stderr, '', 'no traceback');
    t.equal(run.result.kind, 'done');
    t.equal(stdout, fs.readFileSync(path.join(dir, file.replace(/\.py$/, '.exp')), 'utf8'));
  });
}
