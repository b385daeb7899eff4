// `cpygame repl`: a >>> prompt on a pybadge runtime, reading the terminal synchronously (the VM
// runs on this thread), with "... " continuation lines and expression values echoed.
import * as fs from 'node:fs';
import { HeadlessPanel } from '../../ports/backends/headless/panel';
import { loadBoard } from '../../ports/board';
import { PyBaseException, PyDict, PyModule } from '../objects';
import { PySyntaxError } from '../compiler/syntax-error';
import { createProgramVM } from '../runtime/program';
import { formatException } from '../vm/traceback';
import { syntaxErrorToPy } from '../vm/compile-source';
import { ProgramStop, Runtime } from '../runtime/runtime';
import { execSource } from '../vm/run';
import { parse } from '../compiler/parse';

/** Reads one line from stdin byte by byte (so nothing past the newline is consumed); null at EOF. */
function readLineSync(): string | null {
  const bytes: number[] = [];
  const buf = Buffer.alloc(1);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(0, buf, 0, 1, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EOF') return bytes.length ? Buffer.from(bytes).toString('utf8') : null;
      throw e;
    }
    if (n === 0) return bytes.length ? Buffer.from(bytes).toString('utf8') : null;
    if (buf[0] === 0x0a) return Buffer.from(bytes).toString('utf8').replace(/\r$/, '');
    bytes.push(buf[0]);
  }
}

/** True when the source is a prefix of something valid: the prompt then asks for more lines. */
function needsMore(source: string): boolean {
  try {
    parse(source, '<stdin>', 'single');
    return false;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) return false;
    return /never closed|unterminated triple-quoted|unexpected EOF|expected an indented block/.test(e.msg);
  }
}

export function replCommand(args: string[]): number {
  const board = loadBoard(args.includes('--port') ? args[args.indexOf('--port') + 1] : 'pybadge');
  const rt = new Runtime({
    driveDir: process.cwd(),
    board,
    panel: new HeadlessPanel(board.display.width, board.display.height),
    time: 'real',
    writable: true,
    nvmFile: null,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  });
  rt.consoleOnScreen = false;
  const st = createProgramVM(rt, { readLine: readLineSync });
  const main = new PyModule('__main__');
  const globals: PyDict = main.dict;
  st.modules.setStr('__main__', main);
  const id = board.identity;
  process.stdout.write(`Adafruit CircuitPython ${id.circuitpython_version.join('.')} on ${id.build_date}; ${id.uname_machine} (cpygame)\n`);
  for (;;) {
    process.stdout.write('>>> ');
    let line = readLineSync();
    if (line === null) break;
    let source = line;
    const block = /:\s*(#.*)?$/.test(line);
    while (block ? line !== '' : needsMore(source)) {
      process.stdout.write('... ');
      line = readLineSync();
      if (line === null) break;
      source += '\n' + line;
    }
    if (source.trim() === '') continue;
    try {
      parse(source + '\n', '<stdin>', 'single');
    } catch (e) {
      if (e instanceof PySyntaxError) {
        process.stderr.write(formatException(syntaxErrorToPy(e)));
        continue;
      }
      throw e;
    }
    try {
      execSource(st, source + '\n', '<stdin>', 'single', globals);
    } catch (e) {
      if (e instanceof ProgramStop) break;
      if (e instanceof PyBaseException) {
        if (e.cls.name === 'SystemExit') break;
        process.stderr.write(formatException(e));
      } else throw e;
    }
  }
  process.stdout.write('\n');
  return 0;
}
