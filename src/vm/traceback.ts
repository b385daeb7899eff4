// Tracebacks: the (file, line, function) entries an exception collects as it leaves frames, and
// formatException, which prints them CircuitPython's way: no source lines, chained exceptions
// first, and the last line built from the exception's arguments
// (reference: console-and-errors.md §3).

import { finishNativeType } from '../objects/native-class';
import { PyObject, PyValue, makeNativeType, typeOf } from '../objects/core';
import { PyBaseException, SyntaxError } from '../objects/exceptions';
import { str } from '../objects/ops';
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

/** The text after `Name: ` on an exception's last line (a SyntaxError shows only its message). */
export function exceptionMessage(exc: PyBaseException): string {
  if (syntaxDetails(exc) !== null) return str(exc.args[0]);
  return str(exc);
}

interface SyntaxDetails { filename: string; lineno: number; offset: number; text: string }

/** The (filename, lineno, offset, text) of a SyntaxError raised by the compiler. */
function syntaxDetails(exc: PyBaseException): SyntaxDetails | null {
  if (!exc.cls.isSubtypeOf(SyntaxError)) return null;
  const d = exc.args[1];
  if (!(d instanceof PyTuple) || d.items.length < 4) return null;
  const [filename, lineno, offset, text] = d.items;
  if (typeof filename !== 'string' || typeof lineno !== 'number') return null;
  return { filename, lineno, offset: typeof offset === 'number' ? offset : 0, text: typeof text === 'string' ? text : '' };
}

/** CPython's report of where a syntax error is: file and line, the source line, a caret. */
function syntaxLocation(d: SyntaxDetails): string {
  let out = `  File "${d.filename}", line ${d.lineno}\n`;
  const stripped = d.text.replace(/^[ \t\f]+/, '').replace(/[\r\n]+$/, '');
  if (stripped === '') return out;
  out += `    ${stripped}\n`;
  const col = d.offset - 1 - (d.text.length - d.text.replace(/^[ \t\f]+/, '').length);
  if (d.offset >= 1 && col >= 0) out += `    ${' '.repeat(col)}^\n`;
  return out;
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
      const entries = tracebackEntries(e);
      const syntax = syntaxDetails(e);
      if (entries.length || syntax === null) out += 'Traceback (most recent call last):\n';
      for (let i = entries.length - 1; i >= 0; i--) {
        const t = entries[i];
        out += `  File "${t.filename}", line ${t.lineno}, in ${t.name}\n`;
      }
      if (syntax !== null) out += syntaxLocation(syntax);
    }
    return out + exceptionLine(e) + '\n';
  };
  return walk(exc);
}

finishNativeType(tracebackType);
