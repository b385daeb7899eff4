// Runs one program on a Runtime the way the board runs code.py: the VM with this run's modules,
// the console lines the board shows, the traceback of an uncaught exception on the serial console
// (stderr here) and on the screen, and the hardware reset when it ends.
import { makeBuiltins } from '../builtins';
import { buildClassFunction } from '../vm/build-class';
import { callMethod, newModule, PyBaseException, PyDict, PyModule, PyValue, SystemExit, typeOf } from '../objects';
import { consoleStreams, buildSys } from '../modules/sys/module';
import { NATIVE_MODULES } from '../modules/registry';
import { createVM, currentGlobals, currentLocals, runMain, withVM } from '../vm/run';
import type { VMState } from '../vm/state';
import { formatException, tracebackEntries } from '../vm/traceback';
import { formatInstruction } from '../bytecode/disassemble';
import { DriveModuleFinder } from './module-finder';
import { ProgramStop, type Runtime } from './runtime';

export type ProgramResult =
  | { kind: 'done' }
  | { kind: 'exit'; code: number }
  | { kind: 'error'; traceback: string }
  | { kind: 'stopped'; reason: ProgramStop['reason'] };

export interface ProgramOptions {
  /** Reads a line for input() (null at end of input); headless runs get end of input. */
  readLine?: () => string | null;
  recursionLimit?: number;
  trace?: boolean;
}

/** Virtual work units between two background ticks (display refresh, keypad scans). */
const TICK_INTERVAL = 1000;

export function createProgramVM(rt: Runtime, opts: ProgramOptions = {}): VMState {
  const modules = new PyDict();
  const readLine = opts.readLine ?? (() => null);
  const streams = consoleStreams(rt, () => readLine() ?? '');
  const builtins = makeBuiltins({
    stdout: streams.stdout,
    stdin: { readline: readLine },
    fs: rt.fs,
    globals: currentGlobals,
    locals: currentLocals,
    extra: { __build_class__: buildClassFunction },
  });
  const extra = new Map([
    ['sys', () => newModule('sys', buildSys(rt, modules, streams))],
    ['builtins', () => new PyModule('builtins', builtins)],
  ]);
  const st = createVM({
    builtins,
    modules,
    finder: new DriveModuleFinder(rt, NATIVE_MODULES, extra),
    hooks: {
      onTick: () => rt.onVmTick(TICK_INTERVAL),
      tickInterval: TICK_INTERVAL,
      trace: opts.trace ? (frame, ip) => process.stderr.write(`${frame.code.filename}:${frame.code.name} ${formatInstruction(frame.code, ip)}\n`) : undefined,
    },
    recursionLimit: opts.recursionLimit,
  });
  rt.interrupt = () => st.requestInterrupt();
  rt.vmRoots = () => ({ modules: st.modules, frame: st.frame });
  return st;
}

/** An exit status as sys.exit gives it: None → 0, an int → itself, anything else printed → 1. */
function exitCode(exc: PyBaseException, rt: Runtime): number {
  const code: PyValue | undefined = exc.args[0];
  if (code === undefined || typeOf(code).name === 'NoneType') return 0;
  if (typeof code === 'number') return code;
  if (typeof code === 'boolean') return code ? 1 : 0;
  rt.writeConsole(`${String((code as { toString(): string }).toString())}\n`);
  return 1;
}

/** The status bar line, sent as CircuitPython sends it: an OSC title (the snake is not in the font). */
function statusBar(rt: Runtime, status: string): void {
  const [a, b, c] = rt.board.identity.circuitpython_version;
  rt.writeScreen(`\x1b]0;\u{1F40D}${status} | ${a}.${b}.${c}\x1b\\`);
}

/** `<line>@<file> <Exception>` of the innermost frame, or `Done`. reference: fontio-terminalio.md §3. */
function endStatus(e: unknown): string {
  if (!(e instanceof PyBaseException) || e.cls.isSubtypeOf(SystemExit)) return 'Done';
  const inner = tracebackEntries(e)[0];
  return inner ? `${inner.lineno}@${inner.filename} ${e.cls.name}` : e.cls.name;
}

export interface RunOptions extends ProgramOptions {
  /** Whether auto-reload is on, for the first console line. */
  autoReload?: boolean;
}

/** Runs code.py with the supervisor's console lines around it. reference: fontio-terminalio.md §3. */
export function runProgram(rt: Runtime, source: string, filename: string, opts: RunOptions = {}): ProgramResult {
  const st = createProgramVM(rt, opts);
  const clearLine = '\x1b[2K\x1b[0G';
  rt.writeScreen(`\r\n${clearLine}${opts.autoReload ? 'Auto-reload is on. Simply save files over USB to run them or enter REPL to disable.' : 'Auto-reload is off.'}\r\n`);
  rt.writeScreen(`${clearLine}${filename} output:\n`);
  statusBar(rt, filename);
  let raised: unknown = null;
  let result: ProgramResult;
  try {
    runMain(st, source, filename);
    result = { kind: 'done' };
  } catch (e) {
    raised = e;
    result = resultOf(e, rt);
  }
  if (result.kind !== 'stopped' || result.reason === 'reload') runAtexit(st, rt);
  if (result.kind === 'stopped' && result.reason === 'reload') {
    rt.writeScreen('\nCode stopped by auto-reload. Reloading soon.\n');
  } else {
    rt.writeScreen('\nCode done running.\n');
    statusBar(rt, endStatus(raised));
    rt.writeScreen('\r\nPress any key to enter the REPL. Use CTRL-D to reload.\n');
  }
  rt.endOfProgram();
  return result;
}

/** The functions a program registered with atexit run when code.py ends, last registered first. */
function runAtexit(st: VMState, rt: Runtime): void {
  const atexit = st.modules.getStr('atexit');
  if (atexit === undefined) return;
  try {
    withVM(st, () => callMethod(atexit, '_run_exitfuncs', []));
  } catch (e) {
    resultOf(e, rt);
  }
}

function resultOf(e: unknown, rt: Runtime): ProgramResult {
  if (e instanceof ProgramStop) return { kind: 'stopped', reason: e.reason };
  if (e instanceof PyBaseException) {
    if (e.cls.isSubtypeOf(SystemExit)) return { kind: 'exit', code: exitCode(e, rt) };
    const traceback = formatException(e);
    rt.writeError(traceback);
    rt.traceback = traceback;
    return { kind: 'error', traceback };
  }
  // A fault of cpygame itself: reported as the SystemError a user can quote, never a JS stack.
  const message = e instanceof Error ? e.message : String(e);
  const traceback = `Traceback (most recent call last):\nSystemError: cpygame internal error: ${message}\n`;
  rt.writeError(traceback);
  if (process.env.CPYGAME_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  return { kind: 'error', traceback };
}
