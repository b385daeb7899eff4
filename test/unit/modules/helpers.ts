// Test helpers: run Python on a fresh headless PyBadge whose drive holds the given files
// (paths may include folders, such as lib/x.py).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadBoard } from '../../../ports/board';
import { HeadlessPanel } from '../../../ports/backends/headless/panel';
import { PyBaseException } from '../../../src/objects';
import { createProgramVM } from '../../../src/runtime/program';
import { Runtime } from '../../../src/runtime/runtime';
import { runMain } from '../../../src/vm/run';
import { formatException } from '../../../src/vm/traceback';

export interface PyRun {
  stdout: string;
  error: string | null;
  rt: Runtime;
}

export function newRuntime(files: Record<string, string> = {}): { rt: Runtime; out: () => string } {
  const driveDir = mkdtempSync(join(tmpdir(), 'cpygame-modules-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(driveDir, name)), { recursive: true });
    writeFileSync(join(driveDir, name), text);
  }
  const def = loadBoard('pybadge');
  let stdout = '';
  const rt = new Runtime({
    driveDir, board: def, panel: new HeadlessPanel(def.display.width, def.display.height), time: 'virtual',
    writable: true, nvmFile: null, stdout: (s) => { stdout += s; }, stderr: (s) => { stdout += s; },
  });
  rt.consoleOnScreen = false;
  return { rt, out: () => stdout };
}

export function runPy(source: string, files: Record<string, string> = {}): PyRun {
  const { rt, out } = newRuntime(files);
  let error: string | null = null;
  try {
    runMain(createProgramVM(rt), source, 'code.py');
  } catch (e) {
    if (e instanceof PyBaseException) error = formatException(e);
    else throw e;
  }
  return { stdout: out(), error, rt };
}
