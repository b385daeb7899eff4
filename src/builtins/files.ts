// open() and its file objects over the runtime's sandboxed file system: a text file
// (TextIOWrapper-like) and a binary file (FileIO-like). Reads load the whole file; writes are
// buffered and reach the disk atomically on flush/close.
import {
  None, OSError, PyBuiltinFunction, PyBytes, PyList, PyObject, PyType, PyValue, STOP, ValueError, bytesLike,
  defineClass, defineFunction, newException, newOSError, newTypeError, newValueError, str, typeOf, asInt,
} from '../objects';
import { BuiltinsEnv, FileSystem } from './env';

class PyFile extends PyObject {
  fs: FileSystem | null = null;
  path = '';
  mode = 'r';
  binary = false;
  /** The whole content while reading; what has been written while writing. */
  data: Uint8Array = new Uint8Array(0);
  pos = 0;
  writing = false;
  closed = false;
  dirty = false;
}

function check(f: PyFile): void {
  if (f.closed) throw newValueError('I/O operation on closed file.');
}

function decode(b: Uint8Array): string { return new TextDecoder().decode(b); }
function encode(s: string): Uint8Array { return new TextEncoder().encode(s); }

function flush(f: PyFile): void {
  if (!f.writing || !f.dirty || f.fs === null) return;
  try { f.fs.writeFileAtomic(f.path, f.data); } catch (e) { throw fsErr(e); }
  f.dirty = false;
}

function fsErr(e: unknown): unknown {
  const fe = e as { errno?: number; strerror?: string; filename?: string };
  if (fe !== null && typeof fe === 'object' && typeof fe.errno === 'number') return newOSError(fe.errno, fe.strerror ?? '', fe.filename);
  return e;
}

function result(f: PyFile, bytes: Uint8Array): PyValue {
  return f.binary ? new PyBytes(bytes) : decode(bytes);
}

function readLine(f: PyFile): Uint8Array {
  const d = f.data;
  let e = f.pos;
  while (e < d.length && d[e] !== 10) e++;
  if (e < d.length) e++;
  const line = d.subarray(f.pos, e);
  f.pos = e;
  return line;
}

function readable(f: PyFile): void {
  check(f);
  if (f.writing) throw newException(OSError, 'not readable');
}

const fileMethods = {
  'read(self, size=-1, /)': (f: PyFile, size: PyValue) => {
    readable(f);
    const n = size === None ? -1 : Number(asInt(size) ?? -1);
    if (f.binary || n < 0) {
      const end = n < 0 ? f.data.length : Math.min(f.data.length, f.pos + n);
      const out = f.data.subarray(f.pos, end);
      f.pos = end;
      return result(f, out);
    }
    // Text: n counts characters.
    const rest = decode(f.data.subarray(f.pos));
    const chars = Array.from(rest).slice(0, n).join('');
    f.pos += encode(chars).length;
    return chars;
  },
  'readline(self, size=-1, /)': (f: PyFile) => { readable(f); return result(f, readLine(f)); },
  'readlines(self, hint=-1, /)': (f: PyFile) => {
    readable(f);
    const out: PyValue[] = [];
    while (f.pos < f.data.length) out.push(result(f, readLine(f)));
    return new PyList(out);
  },
  'write(self, data, /)': (f: PyFile, data: PyValue) => {
    check(f);
    if (!f.writing) throw newException(OSError, 'not writable');
    let b: Uint8Array;
    if (f.binary) {
      const bl = bytesLike(data);
      if (bl === undefined) throw newTypeError(`a bytes-like object is required, not '${typeOf(data).name}'`);
      b = bl;
    } else {
      if (typeof data !== 'string') throw newTypeError(`write() argument must be str, not ${typeOf(data).name}`);
      b = encode(data);
    }
    const out = new Uint8Array(f.data.length + b.length);
    out.set(f.data, 0);
    out.set(b, f.data.length);
    f.data = out;
    f.dirty = true;
    return f.binary ? b.length : Array.from(data as string).length;
  },
  'flush(self)': (f: PyFile) => { check(f); flush(f); },
  'close(self)': (f: PyFile) => { if (!f.closed) { flush(f); f.closed = true; } },
  'seek(self, offset, whence=0, /)': (f: PyFile, off: PyValue, whence: PyValue) => {
    check(f);
    const o = Number(asInt(off) ?? 0), w = Number(asInt(whence) ?? 0);
    const base = w === 0 ? 0 : w === 1 ? f.pos : f.data.length;
    f.pos = Math.max(0, Math.min(f.data.length, base + o));
    return f.pos;
  },
  'tell(self)': (f: PyFile) => { check(f); return f.writing ? f.data.length : f.pos; },
  'readable(self)': (f: PyFile) => !f.writing,
  'writable(self)': (f: PyFile) => f.writing,
  '__enter__(self)': (f: PyFile) => { check(f); return f; },
  '__exit__(self, *args)': (f: PyFile) => { if (!f.closed) { flush(f); f.closed = true; } return false; },
};

function makeFileType(name: string, module: string): PyType {
  return defineClass({
    name, module,
    alloc: (cls) => new PyFile(cls),
    methods: fileMethods,
    properties: {
      closed: { get: (f: PyFile) => f.closed },
      name: { get: (f: PyFile) => f.path },
      mode: { get: (f: PyFile) => f.mode },
    },
    slots: {
      iter: (f: PyFile) => { readable(f); return f; },
      next: (f: PyFile) => {
        readable(f);
        if (f.pos >= f.data.length) return STOP;
        return result(f, readLine(f));
      },
      repr: (f: PyFile) => `<${module}.${name} name='${f.path}' mode='${f.mode}'>`,
    },
    subclassable: false,
  });
}

export function filesBuiltins(env: BuiltinsEnv): PyBuiltinFunction[] {
  const textType = makeFileType('TextIOWrapper', 'io');
  const binType = makeFileType('FileIO', 'io');
  const open = defineFunction("open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True)", (file, mode) => {
    if (typeof file !== 'string') throw newTypeError(`expected str, bytes or os.PathLike object, not ${typeOf(file).name}`);
    if (typeof mode !== 'string' || !/^[rwabxt+]+$/.test(mode) || (mode.match(/[rwax]/g) ?? []).length !== 1) {
      throw newException(ValueError, `invalid mode: '${str(mode)}'`);
    }
    if (env.fs === undefined) throw newOSError(19, 'No such device', file);
    const binary = mode.includes('b');
    const f = new PyFile(binary ? binType : textType);
    f.fs = env.fs;
    f.path = file;
    f.mode = mode;
    f.binary = binary;
    try {
      if (mode.includes('r')) {
        f.data = env.fs.readFile(file);
        if (mode.includes('+')) f.writing = true;
      } else {
        f.writing = true;
        if (mode.includes('x') && env.fs.exists(file)) throw newOSError(17, 'File exists', file);
        f.data = mode.includes('a') && env.fs.exists(file) ? env.fs.readFile(file) : new Uint8Array(0);
        f.dirty = true;
        // An existing file keeps its old bytes on disk until close/flush replaces them whole, so a
        // crash between open and close never leaves it emptied; a new file appears at once.
        if (!env.fs.exists(file)) flush(f);
      }
    } catch (e) {
      throw fsErr(e);
    }
    return f;
  });
  return [open];
}
