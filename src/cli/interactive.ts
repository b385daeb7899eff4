// Playing a game in a window or a terminal: real time, the person's keys, auto-reload when a file
// of the game changes, and the console shown after the program ends until a key or a change
// restarts it (Esc or closing the window quits). reference: console-and-errors.md §2.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Backend } from '../../ports/backends/backend';
import { HeadlessPanel } from '../../ports/backends/headless/panel';
import { InputRecorder } from '../../ports/backends/input-script';
import type { BoardDefinition } from '../../ports/board';
import { runProgram, type ProgramResult } from '../runtime/program';
import { resolveTarget, type ProgramTarget } from '../runtime/program-files';
import { ProgramStop, Runtime } from '../runtime/runtime';
import { FolderWatcher } from './folder-watch';
import type { RunOptions } from './options';
import { Session } from './session';
import { exitStatus } from './run';

/** microcontroller.nvm of a played game persists beside its folder, never inside it. */
export function nvmFileFor(driveDir: string): string {
  return path.join(path.dirname(driveDir), `${path.basename(driveDir)}.nvm`);
}

export function runInteractive(first: ProgramTarget, board: BoardDefinition, opts: RunOptions, backend: Backend): number {
  const watcher = opts.reload ? new FolderWatcher(first.driveDir) : null;
  // --record covers the first run (a reload starts the frames again): its presses, frame by frame,
  // and the seed of its random numbers, which is all a headless replay needs to show the same.
  let recorder = opts.record ? new InputRecorder() : null;
  let status = 0;
  let nextCodeFile: string | null = null;
  let previousTraceback: string | null = null;
  const echo = backend.name !== 'terminal';
  try {
    for (;;) {
      const target: ProgramTarget | string = nextCodeFile ? resolveTarget(first.driveDir, nextCodeFile) : first;
      if (typeof target === 'string') throw new Error(target);
      const seed = (Math.random() * 2 ** 32) >>> 0;
      const session: Session = new Session({
        board, backend, script: null, recorder, frameLimit: undefined, screenshotEvery: opts.screenshotEvery,
        scale: opts.scale ?? 1, screenshotDir: process.cwd(),
      });
      const rt: Runtime = new Runtime({
        driveDir: target.driveDir,
        board,
        panel: new HeadlessPanel(board.display.width, board.display.height),
        time: 'paced',
        entropySeed: seed,
        deviceExact: opts.deviceExact,
        writable: true,
        nvmFile: nvmFileFor(target.driveDir),
        // The terminal backend owns the terminal: output shows on the board's screen only.
        stdout: (s) => { if (echo) process.stdout.write(s); },
        stderr: (s) => { if (echo) process.stderr.write(s); },
        onFrame: (frame) => session.onFrame(frame),
        onBackground: () => {
          session.onBackground();
          if (watcher?.changed(Date.now())) throw new ProgramStop('reload');
        },
      });
      session.rt = rt;
      rt.previousTraceback = previousTraceback;
      // A save the game writes itself is not an edit: only changes from outside reload (as over USB).
      if (watcher) rt.fs.onChange = (file) => watcher.ignore(file);
      rt.audio.setSink((samples, rate) => backend.queueAudio(samples, rate));
      const startNvm = Buffer.from(rt.nvm.written()).toString('hex');
      const source = new TextDecoder().decode(rt.fs.readFile(target.codeFile));
      const result: ProgramResult = runProgram(rt, source, target.codeFile, { autoReload: opts.reload });
      if (recorder && opts.record) {
        fs.writeFileSync(opts.record, recorder.finishAtFrame(session.currentFrame,
          `recorded by cpygame run --record\nseed: ${seed}\nnvm: ${startNvm}\nframes: ${session.currentFrame}`));
        recorder = null;
      }
      nextCodeFile = rt.nextCodeFile;
      previousTraceback = rt.traceback;
      status = exitStatus(result);
      if (result.kind === 'stopped') {
        if (session.stopReason === 'quit') break;
        if (result.reason === 'reload') continue;
      }
      session.ended = true;
      // The board shows the console and waits: a key restarts, a change reloads, Esc quits.
      if (waitAfterEnd(rt, backend, watcher) === 'quit') break;
    }
  } finally {
    backend.close();
  }
  return status;
}

function waitAfterEnd(rt: Runtime, backend: Backend, watcher: FolderWatcher | null): 'quit' | 'restart' {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  // The board turns its NeoPixels off when code.py ends (reference: runtime-modules.md §6).
  backend.setLeds(new Array(rt.board.neopixels.count).fill(0));
  rt.display.refreshNow();
  for (;;) {
    // Not rt.sleepMs: the program's input handling is over, this loop reads the keys itself.
    Atomics.wait(sleeper, 0, 0, 16);
    rt.display.background();
    if (watcher?.changed(Date.now())) return 'restart';
    for (const e of backend.pollInput()) {
      if (e.kind === 'action' && (e.action === 'quit' || e.action === 'interrupt')) return 'quit';
      if (e.kind === 'action' && e.action === 'reload') return 'restart';
      if (e.kind === 'button' && e.pressed) return 'restart';
    }
  }
}
