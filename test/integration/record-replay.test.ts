// A recorded session replays frame for frame: a person's presses (here a fake backend typing in
// real time) are recorded with --record during paced play, with the random seed and the saves
// the session started from; the headless replay of that file shows every frame the person saw.
import t from 'tap';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const lib = require(path.join(root, 'dist', 'index.js'));

type Event = { kind: 'button'; button: string; pressed: boolean } | { kind: 'action'; action: string };

t.test('snake: play with presses, then replay the recording headless', async (t) => {
  // A copy, so that the session's saves (snake.nvm beside the folder) stay out of the repository.
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cpygame-rec-'));
  const game = path.join(work, 'snake');
  fs.cpSync(path.join(root, 'games', 'snake'), game, { recursive: true });
  fs.writeFileSync(path.join(work, 'snake.nvm'), Buffer.from([0xa5, 0, 0, 42]));
  const record = path.join(work, 'session.input');
  // Presses at host times (ms after start): START, then UP and LEFT while playing, then quit.
  const plan: [number, Event][] = [
    [400, { kind: 'button', button: 'START', pressed: true }], [480, { kind: 'button', button: 'START', pressed: false }],
    [1300, { kind: 'button', button: 'UP', pressed: true }], [1380, { kind: 'button', button: 'UP', pressed: false }],
    [1900, { kind: 'button', button: 'LEFT', pressed: true }], [1980, { kind: 'button', button: 'LEFT', pressed: false }],
    [2600, { kind: 'action', action: 'quit' }],
  ];
  const start = Date.now();
  const seen: Uint16Array[] = [];
  const backend = {
    name: 'fake',
    present: (pixels: Uint16Array) => { seen.push(pixels.slice()); },
    pollInput: () => {
      const due: Event[] = [];
      while (plan.length && Date.now() - start >= plan[0][0]) due.push(plan.shift()![1]);
      return due;
    },
    setLeds: () => {},
    queueAudio: () => {},
    close: () => {},
  };
  const target = lib.resolveTarget(game);
  const board = lib.boardFor(target, lib.parseRunOptions([]));
  const opts = lib.parseRunOptions([game, '--record', record, '--no-reload']);
  lib.runInteractive(target, board, opts, backend);
  const text = fs.readFileSync(record, 'utf8');
  t.match(text, /# seed: \d+/, 'the recording names its random seed');
  t.match(text, /# nvm: a500002a/, 'and the saves it started from');
  t.match(text, /press START[\s\S]*press UP[\s\S]*press LEFT/, 'and holds the presses');
  // The header names the last frame shown, so the recording is also a `cpygame test` case.
  const frames = Number(/# frames: (\d+)/.exec(text)?.[1] ?? NaN);
  t.ok(frames > 60, `the session lasted ${frames} frames`);
  const replayed: Uint16Array[] = [];
  const run = lib.runHeadless(target, board, {
    frames,
    script: lib.parseInputScript(text),
    ...lib.recordedStart(text),
    captureFrames: { has: () => true },
    onCapture: (_f: number, pixels: Uint16Array) => { replayed.push(pixels.slice()); },
    stdout: () => {},
    stderr: () => {},
  });
  t.equal(run.result.kind, 'stopped');
  t.equal(replayed.length, seen.length, 'as many frames');
  const firstDiffering = seen.findIndex((frame, i) => Buffer.compare(Buffer.from(frame.buffer), Buffer.from(replayed[i].buffer)) !== 0);
  t.equal(firstDiffering, -1, 'every pixel of every frame matches');
});
