// The `raise` statement's argument rules and the `except` clause's class test.
import { None, PyType, PyValue, typeOf } from '../objects/core';
import { BaseException, PyBaseException, newTypeError } from '../objects/exceptions';
import { call } from '../objects/ops';
import { PyTuple } from '../objects/tuple';

function isExceptionClass(v: PyValue): v is PyType {
  return v instanceof PyType && v.isSubtypeOf(BaseException);
}

/** `raise e` / `raise E` / `raise e from c`: the exception object to throw. */
export function normalizeRaise(e: PyValue, cause: PyValue | undefined): PyBaseException {
  let exc: PyValue = e;
  if (isExceptionClass(e)) exc = call(e, []);
  if (!(exc instanceof PyBaseException)) {
    if (isExceptionClass(e)) throw newTypeError(`calling ${e.name} should have returned an instance of BaseException, not ${typeOf(exc).name}`);
    throw newTypeError('exceptions must derive from BaseException');
  }
  if (cause !== undefined) {
    if (cause === None) exc.cause = null;
    else if (isExceptionClass(cause)) exc.cause = call(cause, []);
    else if (cause instanceof PyBaseException) exc.cause = cause;
    else throw newTypeError('exception causes must derive from BaseException');
    exc.suppressContext = true;
  }
  return exc;
}

/** Whether the exception `e` matches an except clause's class (or tuple of classes). */
export function checkExcMatch(e: PyValue, cls: PyValue): boolean {
  const t = typeOf(e);
  if (cls instanceof PyTuple) {
    let r = false;
    for (const c of cls.items) if (checkExcMatch(e, c)) r = true;
    return r;
  }
  if (!isExceptionClass(cls)) throw newTypeError('catching classes that do not inherit from BaseException is not allowed');
  return t.isSubtypeOf(cls);
}
