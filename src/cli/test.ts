// `cpygame test [GAME_DIR...] [--update]`: runs each game's screenshot cases headless and compares
// every pixel with the golden PNGs beside them. A case is tests/<case>.input (scripted presses)
// whose "# frames: N M …" line names the frames to check against tests/<case>-<N>.png.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rgb565ToRGBA } from '../../ports/backends/headless/panel';
import { encodePNG } from '../../ports/backends/headless/png';
import { InputScriptError, parseInputScript } from '../../ports/backends/input-script';
import { resolveTarget } from '../runtime/program-files';
import { compareWithGolden } from './image-compare';
import { parseRunOptions, UsageError } from './options';
import { boardFor, deviceExactFor, recordedStart, runHeadless } from './run';

export interface CaseOutcome {
  name: string;
  failures: string[];
}

/** The frame numbers named by a case's "# frames:" line. */
export function caseFrames(text: string, file: string): number[] {
  const m = /^#\s*frames:\s*(.*)$/m.exec(text);
  if (!m) throw new UsageError(`${file}: no "# frames: N …" line naming the frames to compare`);
  const frames = m[1].trim().split(/[\s,]+/).map(Number);
  if (frames.length === 0 || frames.some((f) => !Number.isInteger(f) || f < 1)) {
    throw new UsageError(`${file}: "# frames:" takes whole numbers of at least 1, not "${m[1].trim()}"`);
  }
  return frames;
}

export function runCase(gameDir: string, caseFile: string, update: boolean, port?: string, deviceExact = false): CaseOutcome {
  const name = path.relative(process.cwd(), caseFile);
  const text = fs.readFileSync(caseFile, 'utf8');
  const frames = caseFrames(text, name);
  let script;
  try {
    script = parseInputScript(text, name);
  } catch (e) {
    if (e instanceof InputScriptError) return { name, failures: [e.message] };
    throw e;
  }
  const target = resolveTarget(gameDir);
  if (typeof target === 'string') return { name, failures: [target] };
  const opts = parseRunOptions([...(port ? ['--port', port] : []), ...(deviceExact ? ['--device-exact'] : [])]);
  const board = boardFor(target, opts);
  const shots = new Map<number, Uint8Array>();
  let output = '';
  const { result, runtime } = runHeadless(target, board, {
    frames: Math.max(...frames),
    script,
    ...recordedStart(text),
    deviceExact: deviceExactFor(target, opts),
    captureFrames: new Set(frames),
    onCapture: (frame, pixels) => shots.set(frame, rgb565ToRGBA(pixels)),
    stdout: (s) => { output += s; },
    stderr: (s) => { output += s; },
  });
  const failures: string[] = [];
  if (result.kind === 'error') {
    failures.push(`the game raised an exception at frame ${runtime.display.refreshCount}:\n${result.traceback}`);
  }
  const { width, height } = runtime.display.panel;
  const base = caseFile.replace(/\.input$/, '');
  for (const frame of frames) {
    const rgba = shots.get(frame);
    const golden = `${base}-${frame}.png`;
    const shown = path.relative(process.cwd(), golden);
    if (!rgba) {
      failures.push(`frame ${frame} never came: the game stopped at frame ${runtime.display.refreshCount}${output && result.kind !== 'error' ? `\n${output}` : ''}`);
      continue;
    }
    if (update) {
      fs.writeFileSync(golden, encodePNG(rgba, width, height));
      continue;
    }
    if (!fs.existsSync(golden)) {
      failures.push(`missing golden ${shown}: create it with \`npx cpygame test ${path.relative(process.cwd(), gameDir)} --update\` and check the picture`);
      continue;
    }
    const cmp = compareWithGolden(rgba, width, height, fs.readFileSync(golden));
    if (cmp.differing === 0) continue;
    fs.writeFileSync(`${base}-${frame}.actual.png`, encodePNG(rgba, width, height));
    if (cmp.diffPNG) fs.writeFileSync(`${base}-${frame}.diff.png`, cmp.diffPNG);
    failures.push(`frame ${frame}: ${cmp.sizeMismatch ?? `${cmp.differing} pixels differ`} from ${shown} (see ${path.basename(base)}-${frame}.actual.png and .diff.png)`);
  }
  return { name, failures };
}

export function gameCases(gameDir: string): string[] {
  const dir = path.join(gameDir, 'tests');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.input')).sort().map((f) => path.join(dir, f));
}

export function testCommand(args: string[]): number {
  const update = args.includes('--update');
  const deviceExact = args.includes('--device-exact');
  let dirs = args.filter((a) => !a.startsWith('--'));
  if (dirs.length === 0) {
    const root = 'games';
    if (!fs.existsSync(root)) throw new UsageError('no game folders given and no games/ folder here');
    dirs = fs.readdirSync(root).map((d) => path.join(root, d)).filter((d) => fs.statSync(d).isDirectory()).sort();
  }
  let failed = 0, total = 0;
  for (const dir of dirs) {
    const cases = gameCases(dir);
    if (cases.length === 0) process.stdout.write(`${dir}: no test cases (tests/*.input)\n`);
    for (const file of cases) {
      total++;
      const outcome = runCase(dir, file, update, undefined, deviceExact);
      if (outcome.failures.length === 0) {
        process.stdout.write(`ok   ${outcome.name}${update ? ' (goldens written)' : ''}\n`);
      } else {
        failed++;
        process.stdout.write(`FAIL ${outcome.name}\n${outcome.failures.map((f) => `     ${f.replace(/\n/g, '\n     ')}`).join('\n')}\n`);
      }
    }
  }
  process.stdout.write(`${total - failed} passed, ${failed} failed\n`);
  return failed ? 1 : 0;
}
