// The behaviour of exceptions: construction (args), str/repr as CPython prints them, and the
// attributes of BaseException, StopIteration, SystemExit, OSError, SyntaxError, ImportError.
import { KwNames, None, PyType, PyValue } from './core';
import {
  BaseException, ImportError, KeyError, OSError, PyBaseException, PyOSError, StopIteration, SyntaxError, SystemExit,
  newTypeError,
} from './exceptions';
import { defineMethod } from './args';
import { PyGetSetDescriptor } from './builtin-function';
import { repr, str } from './ops';
import { PyTuple } from './tuple';
import { asInt } from './int';

function exNew(cls: PyType, args: PyValue[], kwnames: KwNames): PyValue {
  if (kwnames !== undefined && !cls.isHeapType) throw newTypeError(`${cls.name}() takes no keyword arguments`);
  const e = cls.alloc!(cls) as PyBaseException;
  e.args = kwnames === undefined ? args.slice() : args.slice(0, args.length - kwnames.length);
  return e;
}

function exInit(e: PyBaseException, args: PyValue[], kwnames: KwNames): void {
  if (kwnames !== undefined && !e.cls.isHeapType) throw newTypeError(`${e.cls.name}() takes no keyword arguments`);
  e.args = kwnames === undefined ? args.slice() : args.slice(0, args.length - kwnames.length);
}

BaseException.new = exNew;
BaseException.init = exInit;
BaseException.str = (e: PyBaseException) => {
  if (e.args.length === 0) return '';
  if (e.args.length === 1) return str(e.args[0]);
  return repr(new PyTuple(e.args));
};
BaseException.repr = (e: PyBaseException) => {
  const name = e.cls.name;
  if (e.args.length === 1) return `${name}(${repr(e.args[0])})`;
  return `${name}${repr(new PyTuple(e.args))}`;
};
KeyError.str = (e: PyBaseException) => (e.args.length === 1 ? repr(e.args[0]) : BaseException.str!(e));

function attr(t: PyType, name: string, get: (e: any) => PyValue, set?: (e: any, v: PyValue) => void): void {
  t.typeDict.set(name, new PyGetSetDescriptor(name, t, get, set ?? null));
}
attr(BaseException, 'args', (e: PyBaseException) => new PyTuple(e.args), (e: PyBaseException, v) => {
  e.args = v instanceof PyTuple ? v.items.slice() : [v];
});
attr(BaseException, '__traceback__', (e: PyBaseException) => e.traceback ?? None, (e: PyBaseException, v) => {
  e.traceback = v === None ? null : (v as PyBaseException);
});
attr(BaseException, '__cause__', (e: PyBaseException) => e.cause ?? None, (e: PyBaseException, v) => {
  if (v !== None && !(v instanceof PyBaseException)) throw newTypeError('exception cause must be None or derive from BaseException');
  e.cause = v === None ? null : v;
  e.suppressContext = true;
});
attr(BaseException, '__context__', (e: PyBaseException) => e.context ?? None, (e: PyBaseException, v) => {
  e.context = v === None ? null : v;
});
attr(BaseException, '__suppress_context__', (e: PyBaseException) => e.suppressContext, (e: PyBaseException, v) => {
  e.suppressContext = v === true;
});
defineMethod(BaseException, 'with_traceback(self, tb, /)', (e: PyBaseException, tb) => {
  e.traceback = tb === None ? null : (tb as PyBaseException);
  return e;
});

const first = (e: PyBaseException): PyValue => (e.args.length > 0 ? e.args[0] : None);
attr(StopIteration, 'value', first);
attr(SystemExit, 'code', (e: PyBaseException) => (e.args.length === 0 ? None : e.args.length === 1 ? e.args[0] : new PyTuple(e.args)));
attr(ImportError, 'name', () => None);
attr(ImportError, 'msg', first);

// OSError(errno, strerror[, filename]): args keeps the first two, as CPython does.
OSError.init = (e: PyOSError, args: PyValue[], kwnames: KwNames) => {
  exInit(e, args, kwnames);
  if (e.args.length >= 3 && e.args.length <= 5 && asInt(e.args[0]) !== undefined) {
    e.filename = e.args[2];
    e.args = e.args.slice(0, 2);
  }
};
const osArg = (i: number) => (e: PyOSError): PyValue => (e.args.length >= 2 && e.args.length <= 5 ? e.args[i] : None);
// CircuitPython (as MicroPython) reads OSError(n) with a lone int as an errno (reference: console-and-errors.md §3).
const loneErrno = (e: PyOSError): PyValue | undefined => (e.args.length === 1 && asInt(e.args[0]) !== undefined ? e.args[0] : undefined);
attr(OSError, 'errno', (e: PyOSError) => loneErrno(e) ?? osArg(0)(e));
attr(OSError, 'strerror', osArg(1));
attr(OSError, 'filename', (e: PyOSError) => e.filename ?? None, (e: PyOSError, v) => { e.filename = v; });
OSError.str = (e: PyOSError) => {
  const lone = loneErrno(e);
  if (lone !== undefined) return `[Errno ${str(lone)}] ${errnoText(Number(asInt(lone)))}`;
  if (e.filename !== null && e.args.length === 2) return `[Errno ${str(e.args[0])}] ${str(e.args[1])}: ${repr(e.filename)}`;
  if (e.args.length === 2) return `[Errno ${str(e.args[0])}] ${str(e.args[1])}`;
  return BaseException.str!(e);
};

// SyntaxError(msg, (filename, lineno, offset, text)).
function detail(e: PyBaseException, i: number): PyValue {
  const d = e.args[1];
  return d instanceof PyTuple && d.items.length > i ? d.items[i] : None;
}
attr(SyntaxError, 'msg', first);
attr(SyntaxError, 'filename', (e: PyBaseException) => detail(e, 0));
attr(SyntaxError, 'lineno', (e: PyBaseException) => detail(e, 1));
attr(SyntaxError, 'offset', (e: PyBaseException) => detail(e, 2));
attr(SyntaxError, 'text', (e: PyBaseException) => detail(e, 3));
SyntaxError.str = (e: PyBaseException) => {
  const msg = e.args.length > 0 ? str(e.args[0]) : '';
  const file = detail(e, 0), line = detail(e, 1);
  if (typeof file === 'string' && line !== None) return `${msg} (${file}, line ${str(line)})`;
  if (line !== None) return `${msg} (line ${str(line)})`;
  return msg;
};

// CircuitPython's texts for common errnos; other errnos print their symbolic names.
const ERRNO_TEXT: Record<number, string> = {
  1: 'Operation not permitted', 2: 'No such file/directory', 5: 'Input/output error', 13: 'Permission denied',
  17: 'File exists', 19: 'No such device', 22: 'Invalid argument', 28: 'No space left on device', 30: 'Read-only filesystem',
};
const ERRNO_NAME: Record<number, string> = {
  9: 'EBADF', 11: 'EAGAIN', 12: 'ENOMEM', 21: 'EISDIR', 95: 'EOPNOTSUPP', 98: 'EADDRINUSE', 103: 'ECONNABORTED',
  104: 'ECONNRESET', 105: 'ENOBUFS', 107: 'ENOTCONN', 110: 'ETIMEDOUT', 111: 'ECONNREFUSED', 113: 'EHOSTUNREACH',
  114: 'EALREADY', 115: 'EINPROGRESS',
};

function errnoText(n: number): string {
  return ERRNO_TEXT[n] ?? ERRNO_NAME[n] ?? String(n);
}
