// Statements: the dispatch on the first token, simple statements (`;`-separated on one line),
// and indented blocks. Compound statements live in compound.ts.
import type * as ast from '../ast';
import { T } from '../tokens';
import { Parser } from './parser';
import { parseExpression, parseStarExpressions } from './expressions';
import { startsExpression, startsStarExpression } from './parser';
import { parseDelTargets } from './targets';
import { parseExpressionStatement } from './assignment';
import { parseCompound } from './compound';

/** One line's worth: a compound statement, or the simple statements of one logical line. */
export function parseStatement(p: Parser): ast.Stmt[] {
  const compound = parseCompound(p);
  if (compound !== null) return [compound];
  return parseSimpleStatements(p);
}

export function parseSimpleStatements(p: Parser): ast.Stmt[] {
  const stmts = [parseSimpleStatement(p)];
  while (p.eatOp(';')) {
    if (p.tok.type === T.NEWLINE) break;
    stmts.push(parseSimpleStatement(p));
  }
  if (p.tok.type !== T.NEWLINE) p.invalidSyntax();
  p.advance();
  return stmts;
}

/**
 * The body after a compound statement's `:`: an indented block, or simple statements on the
 * same line. `what` names the statement for CPython's "expected an indented block" message.
 */
export function parseBlock(p: Parser, what: string, headerLine: number): ast.Stmt[] {
  if (p.tok.type !== T.NEWLINE) return parseSimpleStatements(p);
  p.advance();
  const t = p.tok;
  if (t.type !== T.INDENT) {
    p.error(`expected an indented block after ${what} on line ${headerLine}`, t.line, t.col, t.endLine, t.endCol, 'IndentationError');
  }
  p.advance();
  const body: ast.Stmt[] = [];
  while (!p.at(T.DEDENT)) {
    for (const st of parseStatement(p)) body.push(st);
  }
  p.advance();
  return body;
}

function parseSimpleStatement(p: Parser): ast.Stmt {
  const t = p.tok;
  if (t.type !== T.KEYWORD) return parseExpressionStatement(p);
  const s = p.start();
  switch (t.value) {
    case 'pass':
      p.advance();
      return { kind: 'Pass', ...p.pos4(s) };
    case 'break':
      p.advance();
      return { kind: 'Break', ...p.pos4(s) };
    case 'continue':
      p.advance();
      return { kind: 'Continue', ...p.pos4(s) };
    case 'return': {
      p.advance();
      const value = startsStarExpression(p.tok) ? parseStarExpressions(p) : null;
      return { kind: 'Return', value, ...p.pos4(s) };
    }
    case 'raise': {
      p.advance();
      let exc: ast.Expr | null = null;
      let cause: ast.Expr | null = null;
      if (startsExpression(p.tok)) {
        exc = parseExpression(p);
        if (p.eatKw('from')) cause = parseExpression(p);
      }
      return { kind: 'Raise', exc, cause, ...p.pos4(s) };
    }
    case 'global': case 'nonlocal': {
      p.advance();
      const names = [p.expectName()];
      while (p.eatOp(',')) names.push(p.expectName());
      return { kind: t.value === 'global' ? 'Global' : 'Nonlocal', names, ...p.pos4(s) };
    }
    case 'del': {
      p.advance();
      const targets = parseDelTargets(p);
      return { kind: 'Delete', targets, ...p.pos4(s) };
    }
    case 'assert': {
      p.advance();
      const test = parseExpression(p);
      const msg = p.eatOp(',') ? parseExpression(p) : null;
      return { kind: 'Assert', test, msg, ...p.pos4(s) };
    }
    case 'import':
      return parseImport(p);
    case 'from':
      return parseFromImport(p);
    default:
      return parseExpressionStatement(p);
  }
}

function parseDottedName(p: Parser): string {
  let name = p.expectName();
  while (p.eatOp('.')) name += '.' + p.expectName();
  return name;
}

function parseImport(p: Parser): ast.Stmt {
  const s = p.start();
  p.advance();
  const names: ast.Alias[] = [];
  do {
    const as = p.start();
    const name = parseDottedName(p);
    const asname = p.eatKw('as') ? p.expectName() : null;
    names.push({ kind: 'alias', name, asname, ...p.pos4(as) });
  } while (p.eatOp(','));
  return { kind: 'Import', names, ...p.pos4(s) };
}

function parseFromImport(p: Parser): ast.Stmt {
  const s = p.start();
  p.advance();
  let level = 0;
  for (;;) {
    if (p.eatOp('.')) level++;
    else if (p.eatOp('...')) level += 3;
    else break;
  }
  const module = p.tok.type === T.NAME || level === 0 ? parseDottedName(p) : null;
  p.expectKw('import');
  const names: ast.Alias[] = [];
  if (p.isOp('*')) {
    const as = p.start();
    p.advance();
    names.push({ kind: 'alias', name: '*', asname: null, ...p.pos4(as) });
    return { kind: 'ImportFrom', module, names, level, ...p.pos4(s) };
  }
  const parenthesized = p.eatOp('(');
  for (;;) {
    const as = p.start();
    const name = p.expectName();
    const asname = p.eatKw('as') ? p.expectName() : null;
    names.push({ kind: 'alias', name, asname, ...p.pos4(as) });
    if (!p.eatOp(',')) break;
    if (parenthesized && p.isOp(')')) break;
    if (!parenthesized && p.tok.type === T.NEWLINE) p.errorAtToken('trailing comma not allowed without surrounding parentheses');
  }
  if (parenthesized) p.expectOp(')');
  return { kind: 'ImportFrom', module, names, level, ...p.pos4(s) };
}
