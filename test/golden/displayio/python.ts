// Test helper: runs Python source on a fresh PyBadge runtime with the displayio-family modules
// added to the module list (the lead registers them for real in src/modules/registry.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBoard } from '../../../ports/board';
import { HeadlessPanel } from '../../../ports/backends/headless/panel';
import { makeBuiltins } from '../../../src/builtins';
import { NATIVE_MODULES } from '../../../src/modules/registry';
import { buildSys, consoleStreams } from '../../../src/modules/sys/module';
import { newModule, PyBaseException, PyDict, PyValue } from '../../../src/objects';
import { DriveModuleFinder } from '../../../src/runtime/module-finder';
import { Runtime } from '../../../src/runtime/runtime';
import { buildClassFunction } from '../../../src/vm/build-class';
import { createVM, currentGlobals, currentLocals, runMain } from '../../../src/vm/run';
import { formatException } from '../../../src/vm/traceback';
import { bitmaptoolsModule } from '../../../displayio/bitmaptools/bindings/module';
import { busdisplayModule, displayioModule, displayObjectFor } from '../../../displayio/bindings/module';
import { fontioModule } from '../../../displayio/fontio/bindings/module';
import { terminalioModule } from '../../../displayio/terminalio/bindings/module';
import { vectorioModule } from '../../../displayio/vectorio/bindings/module';

const OURS = [displayioModule, busdisplayModule, fontioModule, terminalioModule, vectorioModule, bitmaptoolsModule];

export interface PythonRun {
  stdout: string;
  error: string | null;
  rt: Runtime;
  panel: HeadlessPanel;
}

export function runPython(source: string, files: Record<string, Uint8Array> = {}): PythonRun {
  const driveDir = mkdtempSync(join(tmpdir(), 'cpygame-displayio-'));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(driveDir, name), data);
  const board = loadBoard('pybadge');
  const panel = new HeadlessPanel(board.display.width, board.display.height);
  let stdout = '';
  const rt = new Runtime({
    driveDir, board, panel, virtualTime: true, writable: true, nvmFile: null,
    stdout: (s) => { stdout += s; }, stderr: (s) => { stdout += s; },
  });
  rt.consoleOnScreen = false;
  const modules = new PyDict();
  const streams = consoleStreams(rt, () => '');
  const builtins = makeBuiltins({
    stdout: streams.stdout, stdin: { readline: () => null }, fs: rt.fs,
    globals: currentGlobals, locals: currentLocals, extra: { __build_class__: buildClassFunction },
  });
  const extra = new Map([
    ['sys', () => newModule('sys', buildSys(rt, modules, streams))],
    ['board', () => {
      const m = NATIVE_MODULES.find((n) => n.name === 'board')!.build(rt);
      m.DISPLAY = displayObjectFor(rt);
      return newModule('board', m as Record<string, PyValue>);
    }],
  ]);
  const st = createVM({
    builtins, modules,
    finder: new DriveModuleFinder(rt, [...NATIVE_MODULES, ...OURS], extra),
    hooks: { onTick: () => rt.onVmTick(1000), tickInterval: 1000 },
  });
  let error: string | null = null;
  try {
    runMain(st, source, 'code.py');
  } catch (e) {
    if (e instanceof PyBaseException) error = formatException(e);
    else throw e;
  }
  return { stdout, error, rt, panel };
}
