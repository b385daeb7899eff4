// Expressions, from `lambda`/if-else down to atoms. Binary operators go through one precedence
// table (Pratt style); the levels above them (not/and/or, comparisons) and below (unary, `**`,
// await, trailers) are small functions following the grammar.
import type * as ast from '../ast';
import { T } from '../tokens';
import { Parser, startsStarExpression } from './parser';
import { parseStrings } from './strings';
import { numberValue } from './literals';
import { parseCallArgs, parseParameters } from './arguments';
import { parseTargetList } from './targets';

/** Binary operators of the `bitwise_or` level and below: precedence (higher binds tighter), node op. */
const BINARY = new Map<string, [number, ast.Operator]>([
  ['|', [1, 'BitOr']], ['^', [2, 'BitXor']], ['&', [3, 'BitAnd']],
  ['<<', [4, 'LShift']], ['>>', [4, 'RShift']],
  ['+', [5, 'Add']], ['-', [5, 'Sub']],
  ['*', [6, 'Mult']], ['/', [6, 'Div']], ['//', [6, 'FloorDiv']], ['%', [6, 'Mod']], ['@', [6, 'MatMult']],
]);
const UNARY = new Map<string, ast.UnaryOperator>([['-', 'USub'], ['+', 'UAdd'], ['~', 'Invert']]);
const COMPARE = new Map<string, ast.CmpOperator>([
  ['==', 'Eq'], ['!=', 'NotEq'], ['<', 'Lt'], ['<=', 'LtE'], ['>', 'Gt'], ['>=', 'GtE'],
]);

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
      if (!p.isKw('else')) p.error("expected 'else' after 'if' expression", s.line, s.col, test.end_lineno, test.end_col_offset);
      p.advance();
      const orelse = parseExpression(p);
      e = { kind: 'IfExp', test, body: e, orelse, ...p.pos4(s) };
    }
  }
  p.lastExpr = e;
  p.lastExprNamed = false;
  return e;
}

/** `named_expression`: `name := value` or an expression. */
export function parseNamedExpression(p: Parser): ast.Expr {
  let e: ast.Expr;
  if (p.tok.type === T.NAME && p.peek().type === T.OP && p.peek().value === ':=') {
    const s = p.start();
    const target: ast.Name = { kind: 'Name', id: p.advance().value, ctx: 'Store', ...p.pos4(s) };
    p.advance();
    const value = parseExpression(p);
    e = { kind: 'NamedExpr', target, value, ...p.pos4(s) };
  } else {
    e = parseExpression(p);
    if (p.isOp(':=')) p.errorAtNode(`cannot use assignment expressions with ${exprNameOf(e)}`, e);
  }
  p.lastExpr = e;
  p.lastExprNamed = true;
  return e;
}

function exprNameOf(e: ast.Expr): string {
  return e.kind === 'Attribute' ? 'attribute' : e.kind === 'Subscript' ? 'subscript' : e.kind === 'Name' ? 'name' : 'expression';
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
  p.lastExpr = e;
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

function parseDisjunction(p: Parser): ast.Expr {
  const s = p.start();
  const first = parseConjunction(p);
  if (!p.isKw('or')) return first;
  const values = [first];
  while (p.eatKw('or')) values.push(parseConjunction(p));
  return { kind: 'BoolOp', op: 'Or', values, ...p.pos4(s) };
}

function parseConjunction(p: Parser): ast.Expr {
  const s = p.start();
  const first = parseInversion(p);
  if (!p.isKw('and')) return first;
  const values = [first];
  while (p.eatKw('and')) values.push(parseInversion(p));
  return { kind: 'BoolOp', op: 'And', values, ...p.pos4(s) };
}

function parseInversion(p: Parser): ast.Expr {
  if (!p.isKw('not')) return parseComparison(p);
  const s = p.start();
  p.advance();
  const operand = parseInversion(p);
  return { kind: 'UnaryOp', op: 'Not', operand, ...p.pos4(s) };
}

function compareOp(p: Parser): ast.CmpOperator | null {
  const t = p.tok;
  if (t.type === T.OP) {
    const op = COMPARE.get(t.value);
    if (op !== undefined) p.advance();
    return op ?? null;
  }
  if (t.type !== T.KEYWORD) return null;
  if (t.value === 'in') {
    p.advance();
    return 'In';
  }
  if (t.value === 'is') {
    p.advance();
    return p.eatKw('not') ? 'IsNot' : 'Is';
  }
  if (t.value === 'not') {
    const next = p.peek();
    if (next.type !== T.KEYWORD || next.value !== 'in') return null;
    p.advance();
    p.advance();
    return 'NotIn';
  }
  return null;
}

function parseComparison(p: Parser): ast.Expr {
  const s = p.start();
  const left = parseBitwiseOr(p);
  let op = compareOp(p);
  if (op === null) return left;
  const ops: ast.CmpOperator[] = [];
  const comparators: ast.Expr[] = [];
  while (op !== null) {
    ops.push(op);
    comparators.push(parseBitwiseOr(p));
    op = compareOp(p);
  }
  return { kind: 'Compare', left, ops, comparators, ...p.pos4(s) };
}

/** `bitwise_or`: every binary operator, by precedence climbing over BINARY. */
export function parseBitwiseOr(p: Parser): ast.Expr {
  return parseBinary(p, 1);
}

function parseBinary(p: Parser, minPrec: number): ast.Expr {
  const s = p.start();
  let left = parseFactor(p);
  for (;;) {
    const t = p.tok;
    if (t.type !== T.OP) return left;
    const info = BINARY.get(t.value);
    if (info === undefined || info[0] < minPrec) return left;
    p.advance();
    const right = parseBinary(p, info[0] + 1);
    left = { kind: 'BinOp', left, op: info[1], right, ...p.pos4(s) };
  }
}

/** Unary `+ - ~`, which bind looser than `**` on their right (`-2**2` is `-(2**2)`). */
function parseFactor(p: Parser): ast.Expr {
  const t = p.tok;
  const op = t.type === T.OP ? UNARY.get(t.value) : undefined;
  if (op === undefined) return parsePower(p);
  const s = p.start();
  p.advance();
  const operand = parseFactor(p);
  return { kind: 'UnaryOp', op, operand, ...p.pos4(s) };
}

function parsePower(p: Parser): ast.Expr {
  const s = p.start();
  const base = parseAwaitPrimary(p);
  if (!p.eatOp('**')) return base;
  const right = parseFactor(p);
  return { kind: 'BinOp', left: base, op: 'Pow', right, ...p.pos4(s) };
}

function parseAwaitPrimary(p: Parser): ast.Expr {
  if (!p.isKw('await')) return parsePrimary(p);
  const s = p.start();
  p.advance();
  const value = parsePrimary(p);
  return { kind: 'Await', value, ...p.pos4(s) };
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

/** `( … )`: empty tuple, yield, generator expression, tuple, or a parenthesized expression. */
function parseParenthesized(p: Parser): ast.Expr {
  const s = p.start();
  p.advance();
  if (p.eatOp(')')) return { kind: 'Tuple', elts: [], ctx: 'Load', ...p.pos4(s) };
  if (p.isKw('yield')) {
    const y = parseYield(p);
    p.expectOp(')');
    return y;
  }
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

function parseList(p: Parser): ast.Expr {
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
  p.expectOp(']');
  return { kind: 'List', elts, ctx: 'Load', ...p.pos4(s) };
}

/** `{ … }`: dict, set, or their comprehensions. */
function parseBraces(p: Parser): ast.Expr {
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
    const value = parseExpression(p);
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
    values.push(parseExpression(p));
  }
  p.expectOp('}');
  return { kind: 'Dict', keys, values, ...p.pos4(s) };
}

function parseSetRest(p: Parser, s: { line: number; col: number }, first: ast.Expr): ast.Expr {
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
  p.expectOp('}');
  return { kind: 'Set', elts, ...p.pos4(s) };
}

export function isComprehensionStart(p: Parser): boolean {
  if (p.isKw('for')) return true;
  const next = p.peek();
  return p.isKw('async') && next.type === T.KEYWORD && next.value === 'for';
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
