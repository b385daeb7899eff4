// Test helper: runs Python source on a fresh headless board (PyBadge unless named), as `cpygame run`
// does but with the program text given directly, extra files on its drive and the console kept off
// the screen.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBoard } from '../../../ports/board';
import { HeadlessPanel } from '../../../ports/backends/headless/panel';
import { PyBaseException } from '../../../src/objects';
import { createProgramVM } from '../../../src/runtime/program';
import { Runtime } from '../../../src/runtime/runtime';
import { runMain } from '../../../src/vm/run';
import { formatException } from '../../../src/vm/traceback';

export interface PythonRun {
  stdout: string;
  error: string | null;
  rt: Runtime;
  panel: HeadlessPanel;
}

export function runPython(source: string, files: Record<string, Uint8Array | string> = {}, boardId = 'pybadge'): PythonRun {
  const driveDir = mkdtempSync(join(tmpdir(), 'cpygame-python-'));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(driveDir, name), data);
  const board = loadBoard(boardId);
  const panel = new HeadlessPanel(board.display.width, board.display.height);
  let stdout = '';
  const rt = new Runtime({
    driveDir, board, panel, time: 'virtual', writable: true, nvmFile: null,
    stdout: (s) => { stdout += s; }, stderr: (s) => { stdout += s; },
  });
  rt.consoleOnScreen = false;
  const st = createProgramVM(rt);
  let error: string | null = null;
  try {
    runMain(st, source, 'code.py');
  } catch (e) {
    if (e instanceof PyBaseException) error = formatException(e);
    else throw e;
  }
  return { stdout, error, rt, panel };
}
