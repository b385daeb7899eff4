// The exception hierarchy CircuitPython has, the exception object layout, and the constructors
// natives use to raise (`throw newTypeError('...')`). Methods and attributes live in
// exception-methods.ts; this file imports only core.ts so that everything may use it at load time.
import { PyObject, type PyObjectDict, PyType, PyValue, makeNativeType, objectType } from './core';

/** Instance layout of every exception (subclasses of BaseException included). */
export class PyBaseException {
  // Not a PyObject subclass, for speed: see PyFloat (core.ts).
  declare cls: PyType;
  declare dict: PyObjectDict | null;
  declare args: PyValue[];
  /** Set by the VM as frames unwind; a PyTraceback, or null. */
  declare traceback: PyObject | null;
  declare cause: PyValue | null;
  declare context: PyValue | null;
  declare suppressContext: boolean;
  constructor(cls: PyType) {
    this.cls = cls;
    this.dict = null;
    this.args = [];
    this.traceback = null;
    this.cause = null;
    this.context = null;
    this.suppressContext = false;
  }
}

/** OSError keeps its filename outside args, as CPython does. */
export class PyOSError extends PyBaseException {
  filename: PyValue | null = null;
}

function exc(name: string, base: PyType): PyType {
  const t = makeNativeType(name, base);
  t.alloc = allocException;
  return t;
}

function allocException(cls: PyType): PyObject {
  return new PyBaseException(cls);
}

export const BaseException = exc('BaseException', objectType);
export const SystemExit = exc('SystemExit', BaseException);
export const KeyboardInterrupt = exc('KeyboardInterrupt', BaseException);
export const GeneratorExit = exc('GeneratorExit', BaseException);
export const Exception = exc('Exception', BaseException);
export const StopIteration = exc('StopIteration', Exception);
export const StopAsyncIteration = exc('StopAsyncIteration', Exception);
export const ArithmeticError = exc('ArithmeticError', Exception);
export const OverflowError = exc('OverflowError', ArithmeticError);
export const ZeroDivisionError = exc('ZeroDivisionError', ArithmeticError);
export const AssertionError = exc('AssertionError', Exception);
export const AttributeError = exc('AttributeError', Exception);
export const EOFError = exc('EOFError', Exception);
export const ImportError = exc('ImportError', Exception);
export const LookupError = exc('LookupError', Exception);
export const IndexError = exc('IndexError', LookupError);
export const KeyError = exc('KeyError', LookupError);
export const MemoryError = exc('MemoryError', Exception);
export const NameError = exc('NameError', Exception);
export const UnboundLocalError = exc('UnboundLocalError', NameError);
export const OSError = exc('OSError', Exception);
OSError.alloc = (cls) => new PyOSError(cls);
export const RuntimeError = exc('RuntimeError', Exception);
export const NotImplementedError = exc('NotImplementedError', RuntimeError);
export const SyntaxError = exc('SyntaxError', Exception);
export const IndentationError = exc('IndentationError', SyntaxError);
export const TypeError = exc('TypeError', Exception);
export const ValueError = exc('ValueError', Exception);
export const UnicodeError = exc('UnicodeError', ValueError);
export const Warning = exc('Warning', Exception);
export const DeprecationWarning = exc('DeprecationWarning', Warning);
export const RuntimeWarning = exc('RuntimeWarning', Warning);
export const UserWarning = exc('UserWarning', Warning);

/** Every exception type by name, for the builtins module. */
export const EXCEPTION_TYPES: PyType[] = [
  BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration,
  StopAsyncIteration, ArithmeticError, OverflowError, ZeroDivisionError, AssertionError,
  AttributeError, EOFError, ImportError, LookupError, IndexError, KeyError, MemoryError, NameError,
  UnboundLocalError, OSError, RuntimeError, NotImplementedError, SyntaxError, IndentationError,
  TypeError, ValueError, UnicodeError, Warning, DeprecationWarning, RuntimeWarning, UserWarning,
];

/**
 * A new exception of type t with args, as `t(*args)` would make for the built-in types. For
 * Python subclasses with their own __init__, call the class instead (call() in ops.ts).
 */
export function newException(t: PyType, ...args: PyValue[]): PyBaseException {
  const e = (t.alloc ?? allocException)(t) as PyBaseException;
  e.args = args;
  return e;
}

export function newTypeError(msg: string): PyBaseException { return newException(TypeError, msg); }
export function newValueError(msg: string): PyBaseException { return newException(ValueError, msg); }
export function newIndexError(msg: string): PyBaseException { return newException(IndexError, msg); }
export function newKeyError(key: PyValue): PyBaseException { return newException(KeyError, key); }
export function newAttributeError(msg: string): PyBaseException { return newException(AttributeError, msg); }
export function newRuntimeError(msg: string): PyBaseException { return newException(RuntimeError, msg); }
export function newOverflowError(msg: string): PyBaseException { return newException(OverflowError, msg); }
export function newZeroDivisionError(msg = 'division by zero'): PyBaseException { return newException(ZeroDivisionError, msg); }
export function newNotImplementedError(msg: string): PyBaseException { return newException(NotImplementedError, msg); }
export function newNameError(msg: string): PyBaseException { return newException(NameError, msg); }

/** OSError(errno, strerror[, filename]): str() gives `[Errno 2] No such file or directory: 'x'`. */
export function newOSError(errno: number, strerror: string, filename?: string): PyOSError {
  const e = newException(OSError, errno, strerror) as PyOSError;
  if (filename !== undefined) e.filename = filename;
  return e;
}

/** StopIteration carrying a return value (generators' `return v`). */
export function newStopIteration(value?: PyValue): PyBaseException {
  return value === undefined ? newException(StopIteration) : newException(StopIteration, value);
}

/** True when v is an exception object whose class is t or a subclass of it. */
export function isExceptionOf(v: unknown, t: PyType): v is PyBaseException {
  return v instanceof PyBaseException && v.cls.isSubtypeOf(t);
}
