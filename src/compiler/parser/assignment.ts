// Statements that begin with an expression: expression statements, `=` chains, augmented and
// annotated assignment, with CPython's messages for each kind of bad target.
import type * as ast from '../ast';
import { T } from '../tokens';
import { Parser, exprName, isBitwiseOrLevel, startsExpression } from './parser';
import { parseExpression, parseStarExpressions, parseYield } from './expressions';
import { parseBitwiseOr, parseUnaryOperand } from './operators';
import { invalidTarget, setContext } from './targets';

const AUG_OPS = new Map<string, ast.Operator>([
  ['+=', 'Add'], ['-=', 'Sub'], ['*=', 'Mult'], ['@=', 'MatMult'], ['/=', 'Div'], ['%=', 'Mod'],
  ['**=', 'Pow'], ['<<=', 'LShift'], ['>>=', 'RShift'], ['|=', 'BitOr'], ['^=', 'BitXor'], ['&=', 'BitAnd'],
  ['//=', 'FloorDiv'],
]);

function parseValue(p: Parser): ast.Expr {
  return p.isKw('yield') ? parseYield(p) : parseStarExpressions(p);
}

export function parseExpressionStatement(p: Parser): ast.Stmt {
  const s = p.start();
  const startsWithParen = p.isOp('(');
  const first = parseValue(p);
  const t = p.tok;
  if (t.type !== T.OP) return { kind: 'Expr', value: first, ...p.pos4(s) };

  if (t.value === '=') {
    // Like CPython, a bad target is reported when its `=` is reached, before the value.
    checkFirstTarget(p, first, startsWithParen);
    const targets = [first];
    const afterFirstEq = p.pos + 1;
    let value: ast.Expr;
    for (;;) {
      p.advance();
      const v = parseValue(p);
      if (!p.isOp('=')) {
        value = v;
        break;
      }
      if (invalidTarget(v, false) !== null && first.kind === 'Name') nameEqualsHint(p, first, afterFirstEq);
      checkTarget(p, v);
      targets.push(v);
    }
    for (const target of targets) setContext(target, 'Store');
    return { kind: 'Assign', targets, value, type_comment: null, ...p.pos4(s) };
  }

  if (t.value === ':') {
    if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
      // CPython looks for an annotation only after a plain target; otherwise the `:` is the error.
      if (!startsExpression(p.look())) p.invalidSyntax();
      if (first.kind === 'Tuple' || first.kind === 'List') {
        p.errorAtNode(`only single target (not ${first.kind === 'Tuple' ? 'tuple' : 'list'}) can be annotated`, first);
      }
      p.errorAtNode('illegal target for annotation', first);
    }
    p.advance();
    const annotation = parseExpression(p);
    const value = p.eatOp('=') ? parseValue(p) : null;
    setContext(first, 'Store');
    const simple = first.kind === 'Name' && !startsWithParen ? 1 : 0;
    return { kind: 'AnnAssign', target: first, annotation, value, simple, ...p.pos4(s) };
  }

  const op = AUG_OPS.get(t.value);
  if (op !== undefined) {
    if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
      p.errorAtNode(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
    }
    p.advance();
    const value = parseValue(p);
    setContext(first, 'Store');
    return { kind: 'AugAssign', target: first, op, value, ...p.pos4(s) };
  }
  return { kind: 'Expr', value: first, ...p.pos4(s) };
}

function isUnparenthesizedTuple(e: ast.Expr): e is ast.Tuple {
  return e.kind === 'Tuple' && e.elts.length > 0 && e.col_offset === e.elts[0].col_offset && e.lineno === e.elts[0].lineno;
}

/**
 * `name = operand …` with a bad target further on: CPython blames the first `=` (a likely `==`
 * or `:=`) when the operand right after it is not itself followed by `=`.
 */
function nameEqualsHint(p: Parser, name: ast.Name, afterEq: number): void {
  const here = p.pos;
  p.reset(afterEq);
  const b = p.tryParse(operandNotAssigned(parseBitwiseOr)) ?? p.tryParse(operandNotAssigned(parseUnaryOperand));
  p.reset(here);
  if (b !== null) p.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", name.lineno, name.col_offset, b.end_lineno, b.end_col_offset);
}

/** A probe for the operand after an `=`: the operand, or null if another `=` or `:=` follows it. */
function operandNotAssigned(parse: (q: Parser) => ast.Expr): (q: Parser) => ast.Expr | null {
  return (q) => {
    const e = parse(q);
    return q.isOp('=') || q.isOp(':=') ? null : e;
  };
}

function checkTarget(p: Parser, t: ast.Expr): void {
  const bad = invalidTarget(t, false);
  if (bad === null) return;
  if (bad.kind === 'Yield' || bad.kind === 'YieldFrom') p.errorAtNode('assignment to yield expression not possible', bad);
  p.errorAtNode(`cannot assign to ${exprName(bad)}`, bad);
}

/**
 * The first target of `t = …`, current token at `=`. CPython reports a bad one as a likely `==`
 * typo ("… here. Maybe you meant '==' …") when the operand just before `=` is a plain one and a
 * plain operand follows, not itself followed by `=`; otherwise it names the first bad target.
 */
function checkFirstTarget(p: Parser, t: ast.Expr, startsWithParen: boolean): void {
  if (invalidTarget(t, false) === null) return;
  const a = isUnparenthesizedTuple(t) ? t.elts[t.elts.length - 1] : t;
  const next = p.peek();
  const operandFollows = startsExpression(next) && !(next.type === T.KEYWORD && (next.value === 'not' || next.value === 'lambda'));
  // CPython's grammar takes the longest operand that parses (`f() = x -` still has `x`).
  let b: ast.Expr | null = null;
  if (operandFollows) {
    const here = p.pos;
    p.reset(here + 1);
    b = p.tryParse(operandNotAssigned(parseBitwiseOr)) ?? p.tryParse(operandNotAssigned(parseUnaryOperand));
    p.reset(here);
  }
  if (b !== null) {
    if (a.kind === 'Name') {
      p.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
    }
    // A parenthesized yield is an operand too: `(yield x) = 1`.
    const isOperand = isBitwiseOrLevel(a) || (a.kind === 'Yield' && a === t && startsWithParen);
    const excluded = a.kind === 'List' || a.kind === 'Tuple' || a.kind === 'GeneratorExp'
      || (a.kind === 'Constant' && (a.value.type === 'None' || a.value.type === 'bool'));
    if (isOperand && !excluded && invalidTarget(a, false) === a) {
      p.errorAtNode(`cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`, a);
    }
  }
  checkTarget(p, t);
}
