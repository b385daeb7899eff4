// `cpygame run`: picks the program and the board, builds a Runtime on a backend, runs the
// program, and turns the outcome into an exit status (1 for an uncaught exception).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HeadlessPanel } from '../../ports/backends/headless/panel';
import { InputScriptError, parseInputScript, ScriptedEvent } from '../../ports/backends/input-script';
import { BoardDefinition, loadBoard } from '../../ports/board';
import { runProgram, type ProgramResult } from '../runtime/program';
import { resolveTarget, type ProgramTarget } from '../runtime/program-files';
import { Runtime } from '../runtime/runtime';
import { parseSettings } from '../runtime/settings-toml';
import { HELP } from './help';
import { parseRunOptions, RunOptions, UsageError } from './options';
import { Session } from './session';

export function boardFor(target: ProgramTarget, opts: RunOptions): BoardDefinition {
  let name = opts.port;
  if (name === undefined) {
    const settings = path.join(target.driveDir, 'settings.toml');
    if (fs.existsSync(settings)) {
      const chosen = parseSettings(fs.readFileSync(settings, 'utf8')).get('CPYGAME_BOARD');
      if (typeof chosen === 'string') name = chosen;
    }
  }
  try {
    return loadBoard(name ?? 'pybadge');
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function readScript(file: string | undefined): ScriptedEvent[] | null {
  if (file === undefined) return null;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`--input ${file}: cannot read the file`);
  }
  try {
    return parseInputScript(text, file);
  } catch (e) {
    if (e instanceof InputScriptError) throw new UsageError(e.message);
    throw e;
  }
}

export interface HeadlessRun {
  result: ProgramResult;
  session: Session;
  runtime: Runtime;
}

export interface HeadlessConfig {
  frames?: number;
  script?: ScriptedEvent[] | null;
  screenshotEvery?: { every: number; dir: string };
  scale?: number;
  captureFrames?: ReadonlySet<number>;
  onCapture?: (frame: number, pixels: Uint16Array) => void;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
}

/** One headless run in virtual time: what `run --headless`, the game tests and the benchmarks use. */
export function runHeadless(target: ProgramTarget, board: BoardDefinition, config: HeadlessConfig): HeadlessRun {
  const session = new Session({
    board,
    backend: null,
    script: config.script ?? null,
    recorder: null,
    frameLimit: config.frames,
    screenshotEvery: config.screenshotEvery,
    scale: config.scale ?? 1,
    screenshotDir: process.cwd(),
    captureFrames: config.captureFrames,
    onCapture: config.onCapture,
  });
  const panel = new HeadlessPanel(board.display.width, board.display.height);
  const rt = new Runtime({
    driveDir: target.driveDir,
    board,
    panel,
    virtualTime: true,
    writable: true,
    nvmFile: null,
    stdout: config.stdout ?? ((s) => process.stdout.write(s)),
    stderr: config.stderr ?? ((s) => process.stderr.write(s)),
    onFrame: (frame) => session.onFrame(frame),
    onBackground: () => session.onBackground(),
  });
  session.rt = rt;
  session.start();
  const source = new TextDecoder().decode(rt.fs.readFile(target.codeFile));
  const result = runProgram(rt, source, target.codeFile);
  session.ended = true;
  // Once the program ends the board shows the console (unless a frame limit stopped it mid-game).
  if (result.kind !== 'stopped') rt.display.refreshNow();
  return { result, session, runtime: rt };
}

export function exitStatus(result: ProgramResult): number {
  switch (result.kind) {
    case 'done': return 0;
    case 'exit': return result.code;
    case 'error': return 1;
    case 'stopped': return 0;
  }
}

export function runCommand(args: string[]): number {
  const opts = parseRunOptions(args);
  if (opts.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (opts.target === undefined) throw new UsageError('run needs a game folder or a .py file (cpygame run games/snake)');
  const target = resolveTarget(opts.target);
  if (typeof target === 'string') throw new UsageError(target);
  const board = boardFor(target, opts);
  const { result, session } = runHeadless(target, board, {
    frames: opts.frames,
    script: readScript(opts.input),
    screenshotEvery: opts.screenshotEvery,
    scale: opts.scale,
  });
  if (opts.screenshot) session.savePanel(opts.screenshot);
  return exitStatus(result);
}

