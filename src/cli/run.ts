// `cpygame run`: picks the program and the board, builds a Runtime on a backend, runs the
// program, and turns the outcome into an exit status (1 for an uncaught exception).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HeadlessPanel } from '../../ports/backends/headless/panel';
import { InputScriptError, parseInputScript, ScriptedEvent } from '../../ports/backends/input-script';
import { BoardDefinition, loadBoard } from '../../ports/board';
import { runProgram, type ProgramResult } from '../runtime/program';
import { AudioSink, encodeWav, OUTPUT_RATE } from '../runtime/audio';
import { resolveTarget, type ProgramTarget } from '../runtime/program-files';
import { Runtime } from '../runtime/runtime';
import { parseSettings } from '../runtime/settings-toml';
import { HELP } from './help';
import { parseRunOptions, RunOptions, UsageError } from './options';
import { Session } from './session';
import { GifRecorder } from './gif';
import { TtyInterrupt } from './tty-interrupt';
import { runInteractive } from './interactive';
import type { Backend } from '../../ports/backends/backend';
import { BackendUnavailable } from '../../ports/backends/backend';
import { openSdlBackend } from '../../ports/backends/sdl/sdl-backend';
import { openTerminalBackend } from '../../ports/backends/terminal/terminal-backend';

const BACKENDS = ['sdl', 'terminal', 'headless'];

/**
 * The backend a run shows on: the one asked for; else a window when there is a display, a
 * terminal when there is a TTY, headless otherwise. A program file (not a game folder) runs
 * headless unless a backend is asked for. Null means headless.
 */
function chooseBackend(opts: RunOptions, target: ProgramTarget, board: BoardDefinition): Backend | null {
  const asked = opts.headless ? 'headless' : opts.backend;
  if (asked !== undefined && !BACKENDS.includes(asked)) throw new UsageError(`unknown backend '${asked}' (backends: ${BACKENDS.join(', ')})`);
  if (asked === 'headless' || (asked === undefined && !fs.statSync(opts.target!).isDirectory())) return null;
  const backendOpts = {
    width: board.display.width, height: board.display.height, title: path.basename(target.driveDir),
    ledCount: board.neopixels.count, scale: opts.scale,
  };
  const reasons: string[] = [];
  const tryOpen = (name: string, open: () => Backend): Backend | null => {
    try {
      return open();
    } catch (e) {
      if (!(e instanceof BackendUnavailable)) throw e;
      if (asked === name) throw new UsageError(e.message);
      reasons.push(e.message);
      return null;
    }
  };
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform !== 'linux';
  if (asked === 'sdl' || (asked === undefined && hasDisplay)) {
    const sdl = tryOpen('sdl', () => openSdlBackend(backendOpts));
    if (sdl) return sdl;
  } else if (asked === undefined) {
    reasons.push('no display ($DISPLAY is not set)');
  }
  if (asked === 'terminal' || asked === undefined) {
    const term = tryOpen('terminal', () => openTerminalBackend(backendOpts));
    if (term) return term;
  }
  process.stderr.write(`cpygame: running headless: ${reasons.join('; ')}. A window needs a display and the SDL build (see README); a terminal needs a TTY. Stop with Ctrl-C, or pass --frames N.\n`);
  return null;
}

/** A cpygame setting from the game's settings.toml (the file CircuitPython's os.getenv reads). */
function gameSetting(target: ProgramTarget, key: string): string | number | undefined {
  const settings = path.join(target.driveDir, 'settings.toml');
  if (!fs.existsSync(settings)) return undefined;
  return parseSettings(fs.readFileSync(settings, 'utf8')).get(key);
}

export function boardFor(target: ProgramTarget, opts: RunOptions): BoardDefinition {
  let name = opts.port;
  if (name === undefined) {
    const chosen = gameSetting(target, 'CPYGAME_BOARD');
    if (typeof chosen === 'string') name = chosen;
  }
  try {
    return loadBoard(name ?? 'pybadge');
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** --device-exact, or `CPYGAME_DEVICE_EXACT = 1` in the game's settings.toml. */
export function deviceExactFor(target: ProgramTarget, opts: RunOptions): boolean {
  if (opts.deviceExact) return true;
  const setting = gameSetting(target, 'CPYGAME_DEVICE_EXACT');
  return setting === 1 || setting === '1' || setting === 'true';
}

/** What --record writes beside the presses so that a replay starts where the session did. */
export interface RecordedStart {
  /** "# seed: N": the random numbers the session drew. */
  entropySeed?: number;
  /** "# nvm: <hex>": the saves the session started from. */
  nvm?: Uint8Array;
}

export function recordedStart(text: string): RecordedStart {
  const seed = /^#\s*seed:\s*(\d+)\s*$/m.exec(text);
  const nvm = /^#\s*nvm:\s*([0-9a-f]*)\s*$/m.exec(text);
  return {
    entropySeed: seed ? Number(seed[1]) >>> 0 : undefined,
    nvm: nvm ? Uint8Array.from(Buffer.from(nvm[1], 'hex')) : undefined,
  };
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
  captureFrames?: { has(frame: number): boolean };
  onCapture?: (frame: number, pixels: Uint16Array) => void;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  trace?: boolean;
  /** Collects the speaker's output, for --audio-out. */
  audioSink?: AudioSink;
  /** Ctrl-C typed in the terminal raises KeyboardInterrupt in the program. */
  interrupt?: TtyInterrupt;
  /** The seed of the board's hardware RNG stand-in (a recording names the one it was made with). */
  entropySeed?: number;
  /** microcontroller.nvm at power-on (a recording carries the saves it started from). */
  nvm?: Uint8Array;
  /** Behave like the board where a desktop differs (README, "Device-exact mode"). */
  deviceExact?: boolean;
  /**
   * False skips the board's console refresh after the program, for a run whose panel nobody looks
   * at afterwards. That one full-screen draw runs cold and sets V8 optimizing it in the background,
   * which exit then waits for: ~30 ms of CPU and 5 MB for an empty program.
   */
  finalRefresh?: boolean;
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
    time: 'virtual',
    entropySeed: config.entropySeed,
    nvmInitial: config.nvm,
    deviceExact: config.deviceExact,
    writable: true,
    nvmFile: null,
    stdout: config.stdout ?? ((s) => process.stdout.write(s)),
    stderr: config.stderr ?? ((s) => process.stderr.write(s)),
    onFrame: (frame) => session.onFrame(frame),
    onBackground: () => {
      session.onBackground();
      if (config.interrupt?.pending(Date.now())) rt.interrupt();
    },
  });
  session.rt = rt;
  session.start();
  if (config.audioSink) rt.audio.setSink(config.audioSink);
  const source = new TextDecoder().decode(rt.fs.readFile(target.codeFile));
  const result = runProgram(rt, source, target.codeFile, { trace: config.trace });
  session.ended = true;
  // Once the program ends the board shows the console (unless a frame limit stopped it mid-game).
  if (result.kind !== 'stopped' && config.finalRefresh !== false) rt.display.refreshNow();
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
  const deviceExact = deviceExactFor(target, opts);
  const backend = chooseBackend(opts, target, board);
  if (backend !== null) return runInteractive(target, board, { ...opts, deviceExact }, backend);
  const audio: Int16Array[] = [];
  const interrupt = new TtyInterrupt(Date.now());
  const gif = opts.gif ? new GifRecorder(board.display.width, board.display.height, 60 / opts.gifFps, opts.scale ?? 1) : null;
  const { result, session } = runHeadless(target, board, {
    frames: opts.frames,
    script: readScript(opts.input),
    ...(opts.input === undefined ? {} : recordedStart(fs.readFileSync(opts.input, 'utf8'))),
    screenshotEvery: opts.screenshotEvery,
    scale: opts.scale,
    trace: opts.trace,
    deviceExact,
    audioSink: opts.audioOut ? (samples) => audio.push(samples) : undefined,
    captureFrames: gif ? { has: (frame) => frame % gif.every === 0 } : undefined,
    onCapture: gif ? (_frame, pixels) => gif.add(pixels) : undefined,
    interrupt,
    finalRefresh: Boolean(opts.screenshot || opts.screenshotEvery || gif),
  });
  interrupt.close();
  if (gif && opts.gif) fs.writeFileSync(opts.gif, gif.finish());
  if (opts.screenshot) session.savePanel(opts.screenshot);
  if (opts.audioOut) fs.writeFileSync(opts.audioOut, encodeWav(audio, OUTPUT_RATE));
  return exitStatus(result);
}

