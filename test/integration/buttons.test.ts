// Every button of each board, pressed by a scripted input, reaches a CircuitPython program through
// keypad (and analogio for the PyGamer's joystick): square k of the picture lights up exactly
// while button k is held. PyBadge key numbers: 0 B, 1 A, 2 Start, 3 Select, 4 Right, 5 Down,
// 6 Up, 7 Left (reference: boards-pybadge-pygamer.md).
import t from 'tap';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const lib = require(path.join(root, 'dist', 'index.js'));
const program = path.join(__dirname, 'fixtures', 'buttons');
const ORDER = ['B', 'A', 'START', 'SELECT', 'RIGHT', 'DOWN', 'UP', 'LEFT'];

/** Which of the 8 squares (20 px each along the top row) are lit in a frame. */
function litSquares(pixels: Uint16Array): number[] {
  const lit: number[] = [];
  for (let i = 0; i < 8; i++) if (pixels[10 * 160 + i * 20 + 10] === 0xffff) lit.push(i);
  return lit;
}

for (const port of ['pybadge', 'pygamer']) {
  t.test(`${port}: each button lights its own square`, async (t) => {
    // Press each button in turn for 20 frames, then release it for 20.
    const lines: string[] = [];
    ORDER.forEach((b, i) => lines.push(`${20 + i * 40} press ${b}`, `${40 + i * 40} release ${b}`));
    const script = lib.parseInputScript(lines.join('\n'));
    const checks = new Map<number, number[]>();
    ORDER.forEach((_b, i) => {
      checks.set(35 + i * 40, [i]);
      checks.set(55 + i * 40, []);
    });
    const seen = new Map<number, number[]>();
    const target = lib.resolveTarget(program);
    const board = lib.boardFor(target, lib.parseRunOptions(['--port', port]));
    const run = lib.runHeadless(target, board, {
      frames: 20 + ORDER.length * 40,
      script,
      captureFrames: { has: (f: number) => checks.has(f) },
      onCapture: (f: number, pixels: Uint16Array) => seen.set(f, litSquares(pixels)),
      stdout: () => {},
      stderr: (s: string) => t.comment(s),
    });
    t.equal(run.result.kind, 'stopped', 'the program ran until the frame limit');
    for (const [frame, expected] of checks) t.same(seen.get(frame), expected, `frame ${frame}`);
  });
}
