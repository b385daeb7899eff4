// Runs one program on a Runtime the way the board runs code.py: the VM with this run's modules,
// the console lines the board shows, the traceback of an uncaught exception on the serial console
// (stderr here) and on the screen, and the hardware reset when it ends.
import { makeBuiltins } from '../builtins';
import { buildClassFunction } from '../vm/build-class';
import { newModule, PyBaseException, PyDict, PyValue, SystemExit, typeOf } from '../objects';
import { consoleStreams, buildSys } from '../modules/sys/module';
import { NATIVE_MODULES } from '../modules/registry';
import { createVM, currentGlobals, currentLocals, runMain } from '../vm/run';
import type { VMState } from '../vm/state';
import { formatException } from '../vm/traceback';
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
    ['builtins', () => newModule('builtins', Object.fromEntries(builtins.entries() as Iterable<[string, PyValue]>))],
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

export function runProgram(rt: Runtime, source: string, filename: string, opts: ProgramOptions = {}): ProgramResult {
  const st = createProgramVM(rt, opts);
  rt.writeScreen(`${filename} output:\n`);
  try {
    runMain(st, source, filename);
    return { kind: 'done' };
  } catch (e) {
    return resultOf(e, rt);
  } finally {
    rt.writeScreen('\nCode done running.\n');
    rt.endOfProgram();
  }
}

function resultOf(e: unknown, rt: Runtime): ProgramResult {
  if (e instanceof ProgramStop) return { kind: 'stopped', reason: e.reason };
  if (e instanceof PyBaseException) {
    if (e.cls.isSubtypeOf(SystemExit)) return { kind: 'exit', code: exitCode(e, rt) };
    const traceback = formatException(e);
    rt.writeError(traceback);
    rt.previousTraceback = traceback;
    return { kind: 'error', traceback };
  }
  // A fault of cpygame itself: reported as the SystemError a user can quote, never a JS stack.
  const message = e instanceof Error ? e.message : String(e);
  const traceback = `Traceback (most recent call last):\nSystemError: cpygame internal error: ${message}\n`;
  rt.writeError(traceback);
  if (process.env.CPYGAME_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  return { kind: 'error', traceback };
}
