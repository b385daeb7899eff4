// Source text → code object for the VM (imports, exec/eval/compile, the main program): parses,
// compiles, and turns the compiler's PySyntaxError into a raised Python SyntaxError.
import { parse } from '../compiler/parse';
import { compileAst, CompileMode } from '../compiler/compile';
import { PySyntaxError } from '../compiler/syntax-error';
import { CodeObject } from '../bytecode/code-object';
import { IndentationError, PyBaseException, SyntaxError, newException } from '../objects/exceptions';
import { PyTuple } from '../objects/tuple';

export function syntaxErrorToPy(e: PySyntaxError): PyBaseException {
  const t = e.type === 'SyntaxError' ? SyntaxError : IndentationError;
  return newException(t, e.msg, new PyTuple([e.filename, e.lineno, e.offset, e.text]));
}

export function compileSource(source: string, filename: string, mode: CompileMode): CodeObject {
  try {
    return compileAst(parse(source, filename, mode), filename, mode, source);
  } catch (e) {
    if (e instanceof PySyntaxError) throw syntaxErrorToPy(e);
    throw e;
  }
}
