// The compiler's entry: AST (or source, through the parser) → scope analysis → code object.
// Every compile-time error leaves as a PySyntaxError, which the VM turns into SyntaxError.

import * as A from './ast';
import { analyzeScopes, ScopeError } from './scope';
import { CodeObject } from '../bytecode/code-object';
import { Compiler, CompileError } from './codegen/unit';
import { compileModuleCode } from './codegen/functions';
import { PySyntaxError } from './syntax-error';

export type CompileMode = 'exec' | 'eval' | 'single';

function lineText(source: string | null, lineno: number): string {
  if (source === null) return '';
  return source.split(/\r\n|\r|\n/)[lineno - 1] ?? '';
}

/** Compiles a parsed module. `source` (when known) fills the error's text line. */
export function compileAst(mod: A.Mod, filename: string, mode: CompileMode, source: string | null = null): CodeObject {
  try {
    const table = analyzeScopes(mod);
    const c = new Compiler(filename, table, mode === 'single');
    return compileModuleCode(c, mod);
  } catch (e) {
    if (e instanceof ScopeError || e instanceof CompileError) {
      // ScopeError columns are 0-based AST offsets; CompileError's are already 1-based.
      const offset = e instanceof ScopeError ? e.col + 1 : e.col;
      throw new PySyntaxError('SyntaxError', e.message, filename, e.lineno, offset, lineText(source, e.lineno), e.lineno, offset);
    }
    throw e;
  }
}
