// sys: what CircuitPython's has — the module table and search path, exit, the console streams,
// print_exception, and the identity of the firmware (games pick their controls from it).
import { defineFunction, None, PyObject, PyValue, newException, SystemExit, newList, defineClass, callMethod, repr, str, newTuple } from '../../objects';
import type { PyDict } from '../../objects';
import type { Runtime } from '../../runtime/runtime';
import { formatException } from '../../vm/traceback';

class StreamObj extends PyObject {
  constructor(cls: PyObject['cls'], readonly write: (text: string) => void, readonly reader: (() => string) | null) {
    super(cls);
  }
}

const streamType = defineClass({
  name: 'FileIO',
  module: 'io',
  subclassable: false,
  methods: {
    'write(self, text, /)': (self: StreamObj, text: PyValue) => {
      const s = typeof text === 'string' ? text : str(text);
      self.write(s);
      return s.length;
    },
    'flush(self)': () => None,
    'readline(self)': (self: StreamObj) => (self.reader ? self.reader() : ''),
    'read(self, n=-1, /)': (self: StreamObj) => (self.reader ? self.reader() : ''),
  },
  slots: { repr: () => '<io.FileIO 1>' },
});

/** The console streams of a run, shared by sys and print. */
export function consoleStreams(rt: Runtime, readLine: () => string) {
  return {
    stdout: new StreamObj(streamType, (s) => rt.writeConsole(s), null),
    stderr: new StreamObj(streamType, (s) => rt.writeConsole(s), null),
    stdin: new StreamObj(streamType, () => {}, readLine),
  };
}

const implementationType = defineClass({
  name: 'implementation',
  module: 'sys',
  subclassable: false,
  properties: {
    name: { get: () => 'circuitpython' },
    version: { get: (self: ImplementationObj) => newTuple(self.version) },
    _machine: { get: (self: ImplementationObj) => self.machine },
    _mpy: { get: () => 1542 },
  },
  slots: {
    repr: (self: ImplementationObj) =>
      `(name='circuitpython', version=${repr(newTuple(self.version))}, _machine=${repr(self.machine)}, _mpy=1542)`,
  },
});

class ImplementationObj extends PyObject {
  constructor(readonly version: number[], readonly machine: string) {
    super(implementationType);
  }
}

export function buildSys(rt: Runtime, modules: PyDict, streams: ReturnType<typeof consoleStreams>): Record<string, PyValue> {
  const id = rt.board.identity;
  const [major, minor, micro] = id.circuitpython_version;
  return {
    argv: newList([]),
    byteorder: 'little',
    maxsize: 2147483647,
    modules,
    path: newList(['', '/', '.frozen', '/lib']),
    platform: id.sys_platform,
    implementation: new ImplementationObj([major, minor, micro], id.uname_machine),
    version: `3.4.0; CircuitPython ${major}.${minor}.${micro} on ${id.build_date}`,
    version_info: newTuple([3, 4, 0]),
    stdout: streams.stdout,
    stderr: streams.stderr,
    stdin: streams.stdin,
    exit: defineFunction('exit(code=None, /)', (code: PyValue) => {
      throw code === None ? newException(SystemExit) : newException(SystemExit, code);
    }),
    print_exception: defineFunction('print_exception(exc, file=None, /)', (exc: PyValue, file: PyValue) => {
      const text = formatException(exc);
      if (file === None) rt.writeConsole(text);
      else callMethod(file, 'write', [text]);
      return None;
    }),
  };
}
