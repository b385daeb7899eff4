// The compiler front end's entry point: source text → AST, in the three modes of compile().
import type * as ast from './ast';
import { tokenize } from './tokenizer';
import { T } from './tokens';
import { Parser } from './parser/parser';
import { parseExpression, parseStarExpressions } from './parser/expressions';
import { parseStatement } from './parser/statements';
import { parseDisjunction, parseUnaryOperand } from './parser/operators';

/** What the error hints try to read: a full expression, a disjunction, one operand. */
const PROBES = [parseExpression, parseDisjunction, parseUnaryOperand];

export function parse(source: string, filename: string, mode: 'exec'): ast.Module;
export function parse(source: string, filename: string, mode: 'eval'): ast.Expression;
export function parse(source: string, filename: string, mode: 'single'): ast.Interactive;
export function parse(source: string, filename: string, mode: 'exec' | 'eval' | 'single'): ast.Module | ast.Expression | ast.Interactive;
export function parse(source: string, filename: string, mode: 'exec' | 'eval' | 'single'): ast.Module | ast.Expression | ast.Interactive {
  const p = new Parser(tokenize(source, filename), filename);
  p.probes = PROBES;
  if (mode === 'eval') {
    const body = parseStarExpressions(p);
    while (p.tok.type === T.NEWLINE) p.advance();
    if (p.tok.type !== T.ENDMARKER) p.invalidSyntax();
    return { kind: 'Expression', body };
  }
  const body: ast.Stmt[] = [];
  while (p.tok.type !== T.ENDMARKER) {
    for (const st of parseStatement(p)) body.push(st);
    if (mode === 'single' && !p.at(T.ENDMARKER)) {
      // CPython points at the end of the first statement's line.
      p.error('multiple statements found while compiling a single statement', p.prev.line, p.prev.col, p.prev.endLine, p.prev.endCol);
    }
  }
  return mode === 'single' ? { kind: 'Interactive', body } : { kind: 'Module', body, type_ignores: [] };
}
