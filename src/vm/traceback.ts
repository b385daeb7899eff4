// Tracebacks: the (file, line, function) entries an exception collects as it leaves frames, and
// formatException, which prints them CircuitPython's way: no source lines, chained exceptions
// first, and the last line built from the exception's arguments
// (reference: console-and-errors.md §3).

import { finishNativeType } from '../objects/native-class';
import { PyObject, PyValue, makeNativeType, typeOf } from '../objects/core';
import { PyBaseException } from '../objects/exceptions';
import { repr, str } from '../objects/ops';
import { PyTuple } from '../objects/tuple';

export const tracebackType = makeNativeType('traceback');
tracebackType.isBaseType = false;

export interface TracebackEntry {
  filename: string;
  lineno: number;
  name: string;
}

/** The frames an exception passed through, innermost first (the order they are recorded in). */
export class PyTraceback extends PyObject {
  readonly entries: TracebackEntry[] = [];
  constructor() { super(tracebackType); }
}

export function addTraceback(exc: PyBaseException, filename: string, lineno: number, name: string): void {
  let tb = exc.traceback as PyTraceback | null;
  if (tb === null) {
    tb = new PyTraceback();
    exc.traceback = tb;
  }
  tb.entries.push({ filename, lineno, name });
}

export function tracebackEntries(exc: PyBaseException): TracebackEntry[] {
  const tb = exc.traceback;
  return tb instanceof PyTraceback ? tb.entries : [];
}

/** The text after `Name: ` on an exception's last line. */
export function exceptionMessage(exc: PyBaseException): string {
  const owner = exc.cls.lookupOwner('__str__');
  if (owner !== undefined && owner.isHeapType) return str(exc);
  const args = exc.args;
  if (args.length === 0) return '';
  if (args.length === 1) return str(args[0]);
  return repr(new PyTuple(args));
}

/** `Name: message`, the last line of a traceback. */
export function exceptionLine(exc: PyValue): string {
  if (!(exc instanceof PyBaseException)) return typeOf(exc).name;
  return `${exc.cls.name}: ${exceptionMessage(exc)}`;
}

/** The whole report of an uncaught exception, ending in a newline. */
export function formatException(exc: PyValue): string {
  const seen = new Set<PyValue>();
  const walk = (e: PyValue): string => {
    seen.add(e);
    let out = '';
    if (e instanceof PyBaseException) {
      if (e.cause !== null && !seen.has(e.cause) && e.cause instanceof PyBaseException) {
        out += walk(e.cause) + '\nThe above exception was the direct cause of the following exception:\n\n';
      } else if (e.context !== null && !e.suppressContext && !seen.has(e.context) && e.context instanceof PyBaseException) {
        out += walk(e.context) + '\nDuring handling of the above exception, another exception occurred:\n\n';
      }
      out += 'Traceback (most recent call last):\n';
      const entries = tracebackEntries(e);
      for (let i = entries.length - 1; i >= 0; i--) {
        const t = entries[i];
        out += `  File "${t.filename}", line ${t.lineno}, in ${t.name}\n`;
      }
    }
    return out + exceptionLine(e) + '\n';
  };
  return walk(exc);
}

finishNativeType(tracebackType);
