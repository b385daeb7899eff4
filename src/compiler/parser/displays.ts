// Displays: parenthesized forms (tuple, group, generator expression, yield), lists, dicts, sets,
// and the comprehension clauses they share with calls.
import type * as ast from '../ast';
import { T } from '../tokens';
import type { Parser, Start } from './parser';
import { parseExpression, parseStarNamedExpression, parseYield } from './expressions';
import { parseBitwiseOr, parseDisjunction } from './operators';
import { parseTargetList } from './targets';

/** `( … )`: empty tuple, yield, generator expression, tuple, or a parenthesized expression. */
export function parseParenthesized(p: Parser): ast.Expr {
  const s = p.start();
  p.advance();
  if (p.eatOp(')')) return { kind: 'Tuple', elts: [], ctx: 'Load', ...p.pos4(s) };
  if (p.isKw('yield')) {
    const y = parseYield(p);
    p.expectOp(')');
    return y;
  }
  if (p.isOp('**')) p.errorAtToken('cannot use double starred expression here');
  const first = parseStarNamedExpression(p);
  if (isComprehensionStart(p)) {
    noStarInComprehension(p, first);
    const generators = parseComprehensions(p);
    p.expectOp(')');
    return { kind: 'GeneratorExp', elt: first, generators, ...p.pos4(s) };
  }
  if (p.isOp(',')) {
    const elts = [first];
    while (p.eatOp(',')) {
      if (p.isOp(')')) break;
      elts.push(parseStarNamedExpression(p));
    }
    p.expectOp(')');
    return { kind: 'Tuple', elts, ctx: 'Load', ...p.pos4(s) };
  }
  p.expectOp(')');
  if (first.kind === 'Starred') p.errorAtNode('cannot use starred expression here', first);
  return first;
}

export function parseList(p: Parser): ast.Expr {
  const s = p.start();
  p.advance();
  if (p.eatOp(']')) return { kind: 'List', elts: [], ctx: 'Load', ...p.pos4(s) };
  const first = parseStarNamedExpression(p);
  if (isComprehensionStart(p)) {
    noStarInComprehension(p, first);
    const generators = parseComprehensions(p);
    p.expectOp(']');
    return { kind: 'ListComp', elt: first, generators, ...p.pos4(s) };
  }
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp(']')) break;
    elts.push(parseStarNamedExpression(p));
  }
  if (isComprehensionStart(p)) unparenthesizedTarget(p, elts);
  p.expectOp(']');
  return { kind: 'List', elts, ctx: 'Load', ...p.pos4(s) };
}

/** `{ … }`: dict, set, or their comprehensions. */
export function parseBraces(p: Parser): ast.Expr {
  const s = p.start();
  p.advance();
  if (p.eatOp('}')) return { kind: 'Dict', keys: [], values: [], ...p.pos4(s) };
  const keys: (ast.Expr | null)[] = [];
  const values: ast.Expr[] = [];
  if (p.isOp('**')) {
    const ds = p.start();
    p.advance();
    values.push(parseBitwiseOr(p));
    if (isComprehensionStart(p)) p.error('dict unpacking cannot be used in dict comprehension', ds.line, ds.col, p.prev.endLine, p.prev.endCol);
    keys.push(null);
  } else {
    const first = parseStarNamedExpression(p);
    if (!p.eatOp(':')) return parseSetRest(p, s, first);
    const value = parseDictValue(p);
    if (isComprehensionStart(p)) {
      const generators = parseComprehensions(p);
      p.expectOp('}');
      return { kind: 'DictComp', key: first, value, generators, ...p.pos4(s) };
    }
    keys.push(first);
    values.push(value);
  }
  while (p.eatOp(',')) {
    if (p.isOp('}')) break;
    if (p.eatOp('**')) {
      keys.push(null);
      values.push(parseBitwiseOr(p));
      continue;
    }
    const key = parseExpression(p);
    if (!p.isOp(':')) {
      if (p.isOp(',') || p.isOp('}')) p.error("':' expected after dictionary key", key.lineno, key.col_offset, key.end_lineno, -1);
      p.invalidSyntax();
    }
    p.advance();
    keys.push(key);
    values.push(parseDictValue(p));
  }
  p.expectOp('}');
  return { kind: 'Dict', keys, values, ...p.pos4(s) };
}

/** The value after `key:`, with CPython's messages for a missing or starred one. */
function parseDictValue(p: Parser): ast.Expr {
  if (p.isOp('}') || p.isOp(',')) p.errorAtToken("expression expected after dictionary key and ':'", p.prev);
  if (p.isOp('*')) {
    const star = p.tok;
    p.advance();
    const e = parseBitwiseOr(p);
    p.error('cannot use a starred expression in a dictionary value', star.line, star.col, e.end_lineno, e.end_col_offset);
  }
  return parseExpression(p);
}

function parseSetRest(p: Parser, s: Start, first: ast.Expr): ast.Expr {
  if (isComprehensionStart(p)) {
    noStarInComprehension(p, first);
    const generators = parseComprehensions(p);
    p.expectOp('}');
    return { kind: 'SetComp', elt: first, generators, ...p.pos4(s) };
  }
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isOp('}')) break;
    elts.push(parseStarNamedExpression(p));
  }
  if (isComprehensionStart(p)) unparenthesizedTarget(p, elts);
  p.expectOp('}');
  return { kind: 'Set', elts, ...p.pos4(s) };
}

/** `[x, y for …]`: CPython's hint for a tuple element that needs parentheses. */
function unparenthesizedTarget(p: Parser, elts: ast.Expr[]): never {
  const a = elts[0];
  const b = elts[elts.length - 1];
  return p.error('did you forget parentheses around the comprehension target?', a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
}

export function isComprehensionStart(p: Parser): boolean {
  if (p.isKw('for')) return true;
  if (!p.isKw('async')) return false;
  const next = p.peek();
  return next.type === T.KEYWORD && next.value === 'for';
}

function noStarInComprehension(p: Parser, elt: ast.Expr): void {
  if (elt.kind === 'Starred') p.errorAtNode('iterable unpacking cannot be used in comprehension', elt);
}

/** One or more `[async] for targets in iter (if cond)*` clauses. */
export function parseComprehensions(p: Parser): ast.Comprehension[] {
  const generators: ast.Comprehension[] = [];
  while (isComprehensionStart(p)) {
    const isAsync = p.eatKw('async') ? 1 : 0;
    p.expectKw('for');
    const target = parseTargetList(p);
    p.expectKw('in');
    const iter = parseDisjunction(p);
    const ifs: ast.Expr[] = [];
    while (p.eatKw('if')) ifs.push(parseDisjunction(p));
    generators.push({ kind: 'comprehension', target, iter, ifs, is_async: isAsync });
  }
  return generators;
}
