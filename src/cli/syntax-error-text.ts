// The compiler's PySyntaxError in CPython's printed form, for commands that compile without running.
import type { PySyntaxError } from '../compiler/syntax-error';
import { syntaxErrorBlock } from '../runtime/syntax-error-text';

export function formatSyntaxError(e: PySyntaxError): string {
  return syntaxErrorBlock({ type: e.type, msg: e.msg, filename: e.filename, lineno: e.lineno, offset: e.offset, text: e.text ?? '', endOffset: e.endOffset });
}
