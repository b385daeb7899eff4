// Command-line options of `cpygame run` and `cpygame test`, parsed with node:util and checked,
// so that every mistake gets one clear line naming what is valid.
import { parseArgs } from 'node:util';

export const RUN_OPTIONS = {
  headless: { type: 'boolean' },
  backend: { type: 'string' },
  port: { type: 'string' },
  frames: { type: 'string' },
  screenshot: { type: 'string' },
  'screenshot-every': { type: 'string', multiple: true },
  scale: { type: 'string' },
  input: { type: 'string' },
  record: { type: 'string' },
  'audio-out': { type: 'string' },
  gif: { type: 'string' },
  'gif-fps': { type: 'string' },
  'no-reload': { type: 'boolean' },
  trace: { type: 'boolean' },
  'device-exact': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export class UsageError {
  constructor(public message: string) {}
}

export interface RunOptions {
  target: string | undefined;
  positionals: string[];
  headless: boolean;
  backend: string | undefined;
  port: string | undefined;
  frames: number | undefined;
  screenshot: string | undefined;
  screenshotEvery: { every: number; dir: string } | undefined;
  scale: number | undefined;
  input: string | undefined;
  record: string | undefined;
  audioOut: string | undefined;
  gif: string | undefined;
  gifFps: number;
  reload: boolean;
  trace: boolean;
  /** --device-exact given (a game's settings.toml can also ask for it: run.ts deviceExactFor). */
  deviceExact: boolean;
  help: boolean;
}

function positiveInt(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^[0-9]+$/.test(text) || Number(text) < 1) throw new UsageError(`--${name} takes a whole number of at least 1, not '${text}'`);
  return Number(text);
}

/** Frames per second of a --gif: a whole divisor of the display's 60 refreshes a second. */
function gifFps(text: string | undefined): number {
  const fps = positiveInt('gif-fps', text) ?? 30;
  if (60 % fps !== 0) throw new UsageError(`--gif-fps must divide 60 (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60), not ${fps}`);
  return fps;
}

export function parseRunOptions(args: string[]): RunOptions {
  let parsed;
  try {
    parsed = parseArgs({ args, options: RUN_OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]);
  }
  const v = parsed.values;
  // --screenshot-every M DIR: node's parser takes one value, so DIR is the positional right after it.
  let screenshotEvery: RunOptions['screenshotEvery'];
  const positionals: string[] = [];
  let takeDirAt = -1;
  for (const token of parsed.tokens ?? []) {
    if (token.kind === 'option' && token.name === 'screenshot-every') {
      takeDirAt = token.index + (token.inlineValue ? 1 : 2);
    } else if (token.kind === 'positional') {
      if (token.index === takeDirAt) {
        screenshotEvery = { every: positiveInt('screenshot-every', v['screenshot-every']?.at(-1))!, dir: token.value };
      } else {
        positionals.push(token.value);
      }
    }
  }
  if (v['screenshot-every'] && !screenshotEvery) {
    throw new UsageError('--screenshot-every takes a count and a folder: --screenshot-every 10 shots/');
  }
  return {
    target: positionals[0],
    positionals,
    headless: v.headless ?? false,
    backend: v.backend,
    port: v.port,
    frames: positiveInt('frames', v.frames),
    screenshot: v.screenshot,
    screenshotEvery,
    scale: positiveInt('scale', v.scale),
    input: v.input,
    record: v.record,
    audioOut: v['audio-out'],
    gif: v.gif,
    gifFps: gifFps(v['gif-fps']),
    reload: !(v['no-reload'] ?? false),
    trace: v.trace ?? false,
    deviceExact: v['device-exact'] ?? false,
    help: v.help ?? false,
  };
}
