// Compound statements: if/while/for/try/with, def and class (with decorators), and their async
// forms. A compound statement ends where the last statement of its last block ends.
import type * as ast from '../ast';
import { T } from '../tokens';
import { Parser, Start } from './parser';
import { parseExpression, parseNamedExpression, parseStarExpressions } from './expressions';
import { parseArgumentList, parseParameters } from './arguments';
import { parseSingleTarget, parseTargetList } from './targets';
import { parseBlock } from './statements';
import { PySyntaxError } from '../syntax-error';

/** The compound statement at the current token, or null if it starts a simple statement. */
export function parseCompound(p: Parser): ast.Stmt | null {
  const t = p.tok;
  if (t.type === T.OP && t.value === '@') return parseDecorated(p);
  if (t.type !== T.KEYWORD) return null;
  switch (t.value) {
    case 'if': return parseIf(p);
    case 'while': return parseWhile(p);
    case 'for': return parseFor(p, p.start(), false);
    case 'try': return parseTry(p);
    case 'with': return parseWith(p, p.start(), false);
    case 'def': return parseDef(p, p.start(), [], false);
    case 'class': return parseClass(p, []);
    case 'async': {
      const s = p.start();
      p.advance();
      const kw = p.tok.type === T.KEYWORD ? p.tok.value : '';
      if (kw === 'def') return parseDef(p, s, [], true);
      if (kw === 'for') return parseFor(p, s, true);
      if (kw === 'with') return parseWith(p, s, true);
      return p.invalidSyntax();
    }
    default:
      return null;
  }
}

/**
 * The `:` ending a header. Where CPython's grammar forces it (def, try, else, finally) any other
 * token gives "expected ':'"; elsewhere only a line end does, and anything else is invalid syntax.
 */
function expectColon(p: Parser, forced: boolean): void {
  if (p.eatOp(':')) return;
  if (forced || p.tok.type === T.NEWLINE) p.errorAtToken("expected ':'");
  p.invalidSyntax();
}

/**
 * Position from `s` to the end of the last token consumed that is not NEWLINE/INDENT/DEDENT
 * (CPython's rule, so a trailing `;` on the last line counts).
 */
function span(p: Parser, s: Start): ast.Pos {
  let k = p.pos - 1;
  while (k > 0 && (p.toks[k].type === T.NEWLINE || p.toks[k].type === T.DEDENT || p.toks[k].type === T.INDENT)) k--;
  const last = p.toks[k];
  return { lineno: s.line, col_offset: s.col, end_lineno: last.endLine, end_col_offset: last.endCol };
}

function parseElse(p: Parser): ast.Stmt[] {
  if (!p.isKw('else')) return [];
  const line = p.advance().line;
  expectColon(p, true);
  return parseBlock(p, "'else' statement", line);
}

function parseIf(p: Parser): ast.If {
  const s = p.start();
  const kw = p.advance().value;
  const test = parseNamedExpression(p);
  expectColon(p, false);
  const body = parseBlock(p, `'${kw}' statement`, s.line);
  let orelse: ast.Stmt[] = [];
  if (p.isKw('elif')) orelse = [parseIf(p)];
  else orelse = parseElse(p);
  return { kind: 'If', test, body, orelse, ...span(p, s) };
}

function parseWhile(p: Parser): ast.While {
  const s = p.start();
  p.advance();
  const test = parseNamedExpression(p);
  expectColon(p, false);
  const body = parseBlock(p, "'while' statement", s.line);
  const orelse = parseElse(p);
  return { kind: 'While', test, body, orelse, ...span(p, s) };
}

function parseFor(p: Parser, s: Start, isAsync: boolean): ast.For | ast.AsyncFor {
  const line = p.advance().line;
  const target = parseTargetList(p);
  p.expectKw('in');
  const iter = parseStarExpressions(p);
  expectColon(p, false);
  const body = parseBlock(p, "'for' statement", line);
  const orelse = parseElse(p);
  const pos = span(p, s);
  return { kind: isAsync ? 'AsyncFor' : 'For', target, iter, body, orelse, type_comment: null, ...pos };
}

function parseTry(p: Parser): ast.Try | ast.TryStar {
  const s = p.start();
  p.advance();
  expectColon(p, true);
  const body = parseBlock(p, "'try' statement", s.line);
  const handlers: ast.ExceptHandler[] = [];
  let star: boolean | null = null;
  while (p.isKw('except')) {
    const hs = p.start();
    p.advance();
    const exceptTok = p.prev;
    const isStar = p.eatOp('*');
    if (star !== null && star !== isStar) p.errorAtToken("cannot have both 'except' and 'except*' on the same 'try'", exceptTok);
    star = isStar;
    if (isStar && p.isOp(':')) p.errorAtToken('expected one or more exception types');
    let type: ast.Expr | null = null;
    let name: string | null = null;
    if (!p.isOp(':') && !p.at(T.NEWLINE)) {
      type = parseExpression(p);
      if (p.isOp(',')) {
        p.advance();
        const rest = parseStarExpressions(p);
        p.error('multiple exception types must be parenthesized', type.lineno, type.col_offset, rest.end_lineno, rest.end_col_offset);
      }
      if (p.eatKw('as')) name = p.expectName();
    }
    expectColon(p, false);
    const hbody = parseBlock(p, isStar ? "'except*' statement" : "'except' statement", hs.line);
    handlers.push({ kind: 'ExceptHandler', type, name, body: hbody, ...span(p, hs) });
  }
  const orelse = handlers.length ? parseElse(p) : [];
  let finalbody: ast.Stmt[] = [];
  if (p.isKw('finally')) {
    const line = p.advance().line;
    expectColon(p, true);
    finalbody = parseBlock(p, "'finally' statement", line);
  }
  if (handlers.length === 0 && finalbody.length === 0) {
    p.errorAtToken("expected 'except' or 'finally' block");
  }
  return { kind: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody, ...span(p, s) };
}

function parseWithItem(p: Parser): ast.WithItem {
  const context_expr = parseExpression(p);
  const optional_vars = p.eatKw('as') ? parseSingleTarget(p) : null;
  return { kind: 'withitem', context_expr, optional_vars };
}

/** `with (a as b, c as d):` — tried first; on failure the items are read as plain expressions. */
function parseParenthesizedWithItems(p: Parser): ast.WithItem[] | null {
  const { pos, lastExpr, lastExprEnd, lastExprNamed } = p;
  try {
    p.advance();
    const items = [parseWithItem(p)];
    while (p.eatOp(',')) {
      if (p.isOp(')')) break;
      items.push(parseWithItem(p));
    }
    p.expectOp(')');
    if (p.isOp(':')) return items;
    if (p.at(T.NEWLINE)) p.errorAtToken("expected ':'");
  } catch (e) {
    if (!(e instanceof PySyntaxError) || e.msg === "expected ':'") throw e;
  }
  p.reset(pos);
  p.lastExpr = lastExpr;
  p.lastExprEnd = lastExprEnd;
  p.lastExprNamed = lastExprNamed;
  return null;
}

function parseWith(p: Parser, s: Start, isAsync: boolean): ast.With | ast.AsyncWith {
  const line = p.advance().line;
  let items = p.isOp('(') ? parseParenthesizedWithItems(p) : null;
  if (items === null) {
    items = [parseWithItem(p)];
    while (p.eatOp(',')) items.push(parseWithItem(p));
  }
  expectColon(p, false);
  const body = parseBlock(p, "'with' statement", line);
  return { kind: isAsync ? 'AsyncWith' : 'With', items, body, type_comment: null, ...span(p, s) };
}

function parseDecorated(p: Parser): ast.Stmt {
  const decorators: ast.Expr[] = [];
  while (p.eatOp('@')) {
    decorators.push(parseNamedExpression(p));
    if (p.tok.type !== T.NEWLINE) p.invalidSyntax();
    p.advance();
  }
  const s = p.start();
  if (p.isKw('def')) return parseDef(p, s, decorators, false);
  if (p.isKw('class')) return parseClass(p, decorators);
  if (p.isKw('async') && p.peek().type === T.KEYWORD && p.peek().value === 'def') {
    p.advance();
    return parseDef(p, s, decorators, true);
  }
  return p.invalidSyntax();
}

function parseDef(p: Parser, s: Start, decorator_list: ast.Expr[], isAsync: boolean): ast.FunctionDef | ast.AsyncFunctionDef {
  p.advance();
  const name = p.expectName();
  if (!p.isOp('(')) p.errorAtToken("expected '('");
  p.advance();
  const args = parseParameters(p, true);
  p.expectOp(')');
  const returns = p.eatOp('->') ? parseExpression(p) : null;
  expectColon(p, true);
  const body = parseBlock(p, 'function definition', s.line);
  return { kind: isAsync ? 'AsyncFunctionDef' : 'FunctionDef', name, args, body, decorator_list, returns, type_comment: null, ...span(p, s) };
}

function parseClass(p: Parser, decorator_list: ast.Expr[]): ast.ClassDef {
  const s = p.start();
  p.advance();
  const name = p.expectName();
  let bases: ast.Expr[] = [];
  let keywords: ast.Keyword[] = [];
  if (p.isOp('(')) ({ args: bases, keywords } = parseArgumentList(p, p.start(), true));
  expectColon(p, false);
  const body = parseBlock(p, 'class definition', s.line);
  return { kind: 'ClassDef', name, bases, keywords, body, decorator_list, ...span(p, s) };
}
