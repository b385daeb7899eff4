// Both sides of a call: the argument list of a call or class header (positional, `*x`, `k=v`,
// `**m`, a lone generator expression), and the parameter list of a def or lambda.
import type * as ast from '../ast';
import { T } from '../tokens';
import { Parser, Start, startsExpression } from './parser';
import { parseExpression, parseNamedExpression } from './expressions';
import { parseBitwiseOr } from './operators';
import { isComprehensionStart, parseComprehensions } from './displays';

export interface CallArgs {
  args: ast.Expr[];
  keywords: ast.Keyword[];
}

/** `func(...)`, with the current token at `(`; `s` is where `func` starts. */
export function parseCallArgs(p: Parser, func: ast.Expr, s: Start): ast.Expr {
  const open = p.start();
  const { args, keywords } = parseArgumentList(p, open);
  return { kind: 'Call', func, args, keywords, ...p.pos4(s) };
}

function isNamedConstant(v: string): boolean {
  return v === 'True' || v === 'False' || v === 'None';
}

/**
 * A parenthesized argument list, current token at `(`, consuming through `)`. A class header
 * (`inClass`) takes no generator expression.
 */
export function parseArgumentList(p: Parser, open: Start, inClass = false): CallArgs {
  p.advance();
  const args: ast.Expr[] = [];
  const keywords: ast.Keyword[] = [];
  let seenKeyword = false;
  let seenDoubleStar = false;
  while (!p.isOp(')')) {
    const s = p.start();
    if (p.isOp('*')) {
      // CPython's wording also for a bare `*` after a keyword argument (`f(a=1, *)`).
      const bare = keywords.length > 0 && !startsExpression(p.look());
      if (seenDoubleStar || bare) p.errorAtToken('iterable argument unpacking follows keyword argument unpacking');
      p.advance();
      const value = parseExpression(p);
      args.push({ kind: 'Starred', value, ctx: 'Load', ...p.pos4(s) });
    } else if (p.eatOp('**')) {
      const value = parseExpression(p);
      keywords.push({ kind: 'keyword', arg: null, value, ...p.pos4(s) });
      seenDoubleStar = true;
    } else if (p.tok.type === T.KEYWORD && isNamedConstant(p.tok.value) && p.peek().type === T.OP && p.peek().value === '=') {
      p.errorAtToken(`cannot assign to ${p.tok.value}`);
    } else if (p.tok.type === T.NAME && p.peek().type === T.OP && p.peek().value === '=') {
      const arg = p.advance().value;
      p.advance();
      const value = parseExpression(p);
      keywords.push({ kind: 'keyword', arg, value, ...p.pos4(s) });
      seenKeyword = true;
    } else {
      const e = parseNamedExpression(p);
      if (p.isOp('=')) {
        const eq = p.tok;
        p.error('expression cannot contain assignment, perhaps you meant "=="?', e.lineno, e.col_offset, eq.endLine, eq.endCol);
      }
      if (isComprehensionStart(p)) {
        if (inClass) p.invalidSyntax();
        const generators = parseComprehensions(p);
        if (args.length === 0 && keywords.length === 0 && p.isOp(')')) {
          p.advance();
          return { args: [{ kind: 'GeneratorExp', elt: e, generators, ...p.pos4(open) }], keywords };
        }
        p.error('Generator expression must be parenthesized', e.lineno, e.col_offset, p.prev.endLine, p.prev.endCol);
      }
      // CPython reports these at the last token it read, the one after the argument.
      if (seenDoubleStar) p.errorAtToken('positional argument follows keyword argument unpacking');
      if (seenKeyword) p.errorAtToken('positional argument follows keyword argument');
      args.push(e);
    }
    if (!p.eatOp(',')) break;
  }
  p.expectOp(')');
  return { args, keywords };
}

/** The parameters of a `def` (closed by `)`, annotations allowed) or `lambda` (closed by `:`). */
export function parseParameters(p: Parser, isDef: boolean): ast.Arguments {
  const close = isDef ? ')' : ':';
  let args: ast.Arg[] = [];
  let posonlyargs: ast.Arg[] = [];
  const defaults: ast.Expr[] = [];
  const kwonlyargs: ast.Arg[] = [];
  const kw_defaults: (ast.Expr | null)[] = [];
  let vararg: ast.Arg | null = null;
  let kwarg: ast.Arg | null = null;
  let star: { line: number; col: number; endCol: number } | null = null;
  let seenSlash = false;
  let seenDefault = false;
  while (!p.isOp(close)) {
    if (p.isOp('/')) {
      if (seenSlash) p.errorAtToken('/ may appear only once');
      if (star !== null) p.errorAtToken('/ must be ahead of *');
      if (args.length === 0) {
        if (p.look().type === T.OP && p.look().value === ',') p.errorAtToken('at least one argument must precede /');
        p.invalidSyntax();
      }
      p.advance();
      if (p.isOp('*')) p.errorAtToken('expected comma between / and *');
      posonlyargs = args;
      args = [];
      seenSlash = true;
    } else if (p.isOp('(') && star === null && isParenthesizedNames(p)) {
      p.errorAtToken(`${isDef ? 'Function' : 'Lambda expression'} parameters cannot be parenthesized`);
    } else if (p.isOp('*')) {
      if (star !== null) p.errorAtToken('* argument may appear only once');
      const t = p.advance();
      // For a lambda CPython points at the token after the `*`.
      const at = isDef ? t : p.tok;
      star = { line: at.line, col: at.col, endCol: at.endCol };
      if (p.tok.type === T.NAME) {
        vararg = parseParam(p, isDef, true);
        if (p.isOp('=')) p.errorAtToken('var-positional argument cannot have default value');
      }
    } else if (p.eatOp('**')) {
      kwarg = parseParam(p, isDef);
      if (p.isOp('=')) p.errorAtToken('var-keyword argument cannot have default value');
      if (p.eatOp(',') && !p.isOp(close)) p.errorAtToken('arguments cannot follow var-keyword argument');
      break;
    } else {
      const a = parseParam(p, isDef);
      let d: ast.Expr | null = null;
      if (p.isOp('=')) {
        const eq = p.advance();
        if (p.isOp(',') || p.isOp(close)) p.errorAtToken('expected default value expression', eq);
        d = parseExpression(p);
      }
      if (star !== null) {
        kwonlyargs.push(a);
        kw_defaults.push(d);
      } else {
        if (d !== null) {
          defaults.push(d);
          seenDefault = true;
        } else if (seenDefault) {
          p.errorAtNode('non-default argument follows default argument', a);
        }
        args.push(a);
      }
    }
    if (!p.eatOp(',')) break;
  }
  if (!p.isOp(close)) p.invalidSyntax();
  if (star !== null && vararg === null && kwonlyargs.length === 0) {
    p.error('named arguments must follow bare *', star.line, star.col, star.line, star.endCol);
  }
  return { kind: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults };
}

/** At `(`: whether `(name, name, …)` follows, Python 2's tuple parameter. */
function isParenthesizedNames(p: Parser): boolean {
  let k = 1;
  for (;;) {
    if (p.look(k).type !== T.NAME) return false;
    const after = p.look(k + 1);
    if (after.type !== T.OP) return false;
    if (after.value === ')') return true;
    if (after.value !== ',') return false;
    if (p.look(k + 2).type === T.OP && p.look(k + 2).value === ')') return true;
    k += 2;
  }
}

/** One parameter; `*args` may carry a starred annotation (`*args: *Ts`, PEP 646). */
function parseParam(p: Parser, isDef: boolean, starAnnotation = false): ast.Arg {
  const s = p.start();
  const arg = p.expectName();
  let annotation: ast.Expr | null = null;
  if (isDef && p.eatOp(':')) {
    if (starAnnotation && p.isOp('*')) {
      const ss = p.start();
      p.advance();
      const value = parseBitwiseOr(p);
      annotation = { kind: 'Starred', value, ctx: 'Load', ...p.pos4(ss) };
    } else {
      annotation = parseExpression(p);
    }
  }
  return { kind: 'arg', arg, annotation, type_comment: null, ...p.pos4(s) };
}
