// Expressions above and below the operator levels: lambda, if-else, walrus, starred items and
// tuples, yield; then primaries (atoms with `.name`, calls and subscripts) and atoms. The operator
// levels in between are in operators.ts, displays and comprehensions in displays.ts.
import type * as ast from '../ast';
import { T } from '../tokens';
import { Parser, exprName, startsStarExpression } from './parser';
import { parseStrings } from './strings';
import { numberValue } from './literals';
import { parseCallArgs, parseParameters } from './arguments';
import { parseBitwiseOr, parseDisjunction } from './operators';
import { parseBraces, parseList, parseParenthesized } from './displays';

/** `expression`: a lambda, or a disjunction with an optional `if … else …`. */
export function parseExpression(p: Parser): ast.Expr {
  let e: ast.Expr;
  if (p.isKw('lambda')) {
    e = parseLambda(p);
  } else {
    const s = p.start();
    e = parseDisjunction(p);
    if (p.isKw('if')) {
      p.advance();
      const test = parseDisjunction(p);
      if (!p.isKw('else')) {
        if (p.isOp(':')) p.invalidSyntax();
        p.error("expected 'else' after 'if' expression", s.line, s.col, test.end_lineno, test.end_col_offset);
      }
      p.advance();
      const orelse = parseExpression(p);
      e = { kind: 'IfExp', test, body: e, orelse, ...p.pos4(s) };
    }
  }
  p.completed(e, false);
  return e;
}

/** `named_expression`: `name := value` or an expression. */
export function parseNamedExpression(p: Parser): ast.Expr {
  if (p.tok.type === T.NAME && p.peek().type === T.OP && p.peek().value === ':=') {
    const s = p.start();
    const target: ast.Name = { kind: 'Name', id: p.advance().value, ctx: 'Store', ...p.pos4(s) };
    p.advance();
    const value = parseExpression(p);
    // The hints still look at `value`, the last expression CPython's grammar completed.
    p.lastExprNamed = true;
    return { kind: 'NamedExpr', target, value, ...p.pos4(s) };
  }
  const e = parseExpression(p);
  if (p.isOp(':=')) p.errorAtNode(`cannot use assignment expressions with ${exprName(e)}`, e);
  p.completed(e, true);
  return e;
}

/** `star_expression`: `*x` or an expression. */
function parseStarExpression(p: Parser): ast.Expr {
  if (!p.isOp('*')) return parseExpression(p);
  const s = p.start();
  p.advance();
  const value = parseBitwiseOr(p);
  return { kind: 'Starred', value, ctx: 'Load', ...p.pos4(s) };
}

/** `star_named_expression`: an element of a list, set or tuple display. */
export function parseStarNamedExpression(p: Parser): ast.Expr {
  if (!p.isOp('*')) return parseNamedExpression(p);
  const s = p.start();
  p.advance();
  const value = parseBitwiseOr(p);
  return { kind: 'Starred', value, ctx: 'Load', ...p.pos4(s) };
}

/** `star_expressions`: one star_expression, or an unparenthesized tuple of them. */
export function parseStarExpressions(p: Parser): ast.Expr {
  const s = p.start();
  const first = parseStarExpression(p);
  if (!p.isOp(',')) return first;
  const elts = [first];
  while (p.eatOp(',')) {
    if (!startsStarExpression(p.tok)) break;
    elts.push(parseStarExpression(p));
  }
  const e: ast.Tuple = { kind: 'Tuple', elts, ctx: 'Load', ...p.pos4(s) };
  p.completed(e, false);
  return e;
}

export function parseYield(p: Parser): ast.Expr {
  const s = p.start();
  p.advance();
  if (p.eatKw('from')) {
    const value = parseExpression(p);
    return { kind: 'YieldFrom', value, ...p.pos4(s) };
  }
  const value = startsStarExpression(p.tok) ? parseStarExpressions(p) : null;
  return { kind: 'Yield', value, ...p.pos4(s) };
}

function parseLambda(p: Parser): ast.Expr {
  const s = p.start();
  p.advance();
  const args = parseParameters(p, false);
  p.expectOp(':');
  const body = parseExpression(p);
  return { kind: 'Lambda', args, body, ...p.pos4(s) };
}

/** An atom followed by any number of `.name`, `(args)` and `[slices]` trailers. */
export function parsePrimary(p: Parser): ast.Expr {
  const s = p.start();
  let e = parseAtom(p);
  for (;;) {
    const t = p.tok;
    if (t.type !== T.OP) return e;
    if (t.value === '.') {
      p.advance();
      const attr = p.expectName();
      e = { kind: 'Attribute', value: e, attr, ctx: 'Load', ...p.pos4(s) };
    } else if (t.value === '(') {
      e = parseCallArgs(p, e, s);
    } else if (t.value === '[') {
      p.advance();
      const slice = parseSlices(p);
      p.expectOp(']');
      e = { kind: 'Subscript', value: e, slice, ctx: 'Load', ...p.pos4(s) };
    } else {
      return e;
    }
  }
}

function parseSlices(p: Parser): ast.Expr {
  const s = p.start();
  const first = parseSlice(p);
  if (!p.isOp(',') && first.kind !== 'Starred') return first;
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp(']')) break;
    elts.push(parseSlice(p));
  }
  return { kind: 'Tuple', elts, ctx: 'Load', ...p.pos4(s) };
}

function parseSlice(p: Parser): ast.Expr {
  if (p.isOp('*')) return parseStarNamedExpression(p);
  const s = p.start();
  let lower: ast.Expr | null = null;
  if (!p.isOp(':')) {
    lower = parseNamedExpression(p);
    if (!p.isOp(':')) return lower;
  }
  p.advance();
  const ends = (): boolean => p.isOp(']') || p.isOp(',');
  const upper = p.isOp(':') || ends() ? null : parseExpression(p);
  let step: ast.Expr | null = null;
  if (p.eatOp(':') && !ends()) step = parseExpression(p);
  return { kind: 'Slice', lower, upper, step, ...p.pos4(s) };
}

function parseAtom(p: Parser): ast.Expr {
  const t = p.tok;
  const s = p.start();
  switch (t.type) {
    case T.NAME:
      p.advance();
      return { kind: 'Name', id: t.value, ctx: 'Load', ...p.pos4(s) };
    case T.NUMBER:
      p.advance();
      return { kind: 'Constant', value: numberValue(t.value), kind_: null, ...p.pos4(s) };
    case T.STRING:
      return parseStrings(p);
    case T.KEYWORD: {
      const v = t.value;
      const value: ast.ConstantValue | null = v === 'None' ? { type: 'None' } : v === 'True' ? { type: 'bool', value: true }
        : v === 'False' ? { type: 'bool', value: false } : null;
      if (value === null) return p.invalidSyntax();
      p.advance();
      return { kind: 'Constant', value, kind_: null, ...p.pos4(s) };
    }
    case T.OP:
      switch (t.value) {
        case '(': return parseParenthesized(p);
        case '[': return parseList(p);
        case '{': return parseBraces(p);
        case '...':
          p.advance();
          return { kind: 'Constant', value: { type: 'Ellipsis' }, kind_: null, ...p.pos4(s) };
      }
      return p.invalidSyntax();
    default:
      return p.invalidSyntax();
  }
}
