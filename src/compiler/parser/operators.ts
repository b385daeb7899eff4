// The operator levels of the expression grammar — `or`, `and`, `not`, comparisons, binary and
// unary operators, `**`, `await` — parsed by one precedence-climbing (Pratt) loop over one table.
// One loop instead of a function per grammar level keeps the call depth per operand small, which
// is what a cold start (code still running in V8's interpreter) pays for.
import type * as ast from '../ast';
import { T } from '../tokens';
import type { Parser } from './parser';
import { parsePrimary } from './expressions';

/** Binding power of each level; higher binds tighter. */
const enum Prec { Or = 1, And = 2, Not = 3, Compare = 4, BitOr = 5, Unary = 11, Power = 12 }

/** Binary operators: binding power and node operator. */
const BINARY = new Map<string, [number, ast.Operator]>([
  ['|', [5, 'BitOr']], ['^', [6, 'BitXor']], ['&', [7, 'BitAnd']],
  ['<<', [8, 'LShift']], ['>>', [8, 'RShift']],
  ['+', [9, 'Add']], ['-', [9, 'Sub']],
  ['*', [10, 'Mult']], ['/', [10, 'Div']], ['//', [10, 'FloorDiv']], ['%', [10, 'Mod']], ['@', [10, 'MatMult']],
  ['**', [Prec.Power, 'Pow']],
]);
const UNARY = new Map<string, ast.UnaryOperator>([['-', 'USub'], ['+', 'UAdd'], ['~', 'Invert']]);
const COMPARE = new Map<string, ast.CmpOperator>([
  ['==', 'Eq'], ['!=', 'NotEq'], ['<', 'Lt'], ['<=', 'LtE'], ['>', 'Gt'], ['>=', 'GtE'],
]);

/** `disjunction`: everything below `lambda` and `if … else`. */
export function parseDisjunction(p: Parser): ast.Expr {
  return parseOperand(p, Prec.Or);
}

/** `bitwise_or`: binary and unary operators only (no comparisons, `not`, `and`, `or`). */
export function parseBitwiseOr(p: Parser): ast.Expr {
  return parseOperand(p, Prec.BitOr);
}

/** One operand with its prefix operators and `**`, no other binary operator. */
export function parseUnaryOperand(p: Parser): ast.Expr {
  return parseOperand(p, Prec.Unary);
}

/** An expression whose operators all bind at least as tightly as `minPrec`. */
function parseOperand(p: Parser, minPrec: number): ast.Expr {
  const s = p.start();
  let left = parsePrefixed(p, minPrec);
  for (;;) {
    const t = p.tok;
    if (t.type === T.OP) {
      const info = BINARY.get(t.value);
      if (info !== undefined) {
        if (info[0] < minPrec) return left;
        p.advance();
        // `**` is right-associative and its right side may carry a unary sign: `2 ** -1`.
        const right = info[0] === Prec.Power ? parseOperand(p, Prec.Unary) : parseOperand(p, info[0] + 1);
        left = { kind: 'BinOp', left, op: info[1], right, ...p.pos4(s) };
        continue;
      }
      if (!COMPARE.has(t.value) || minPrec > Prec.Compare) return left;
      left = parseComparisonChain(p, s, left);
    } else if (t.type === T.KEYWORD) {
      const v = t.value;
      if (v === 'or' || v === 'and') {
        const prec = v === 'or' ? Prec.Or : Prec.And;
        if (prec < minPrec) return left;
        const values = [left];
        while (p.eatKw(v)) values.push(parseOperand(p, prec + 1));
        left = { kind: 'BoolOp', op: v === 'or' ? 'Or' : 'And', values, ...p.pos4(s) };
      } else if ((v === 'in' || v === 'is' || (v === 'not' && isKw(p.peek(), 'in'))) && minPrec <= Prec.Compare) {
        left = parseComparisonChain(p, s, left);
      } else {
        return left;
      }
    } else {
      return left;
    }
  }
}

function isKw(t: { type: T; value: string }, v: string): boolean {
  return t.type === T.KEYWORD && t.value === v;
}

/** An operand with its prefix operators: `not` (only where the level allows it), `- + ~`, `await`. */
function parsePrefixed(p: Parser, minPrec: number): ast.Expr {
  const t = p.tok;
  if (t.type === T.OP) {
    const op = UNARY.get(t.value);
    if (op !== undefined) {
      const s = p.start();
      p.advance();
      const operand = parseOperand(p, Prec.Unary);
      return { kind: 'UnaryOp', op, operand, ...p.pos4(s) };
    }
  } else if (t.type === T.KEYWORD) {
    if (t.value === 'not' && minPrec <= Prec.Not) {
      const s = p.start();
      p.advance();
      const operand = parseOperand(p, Prec.Not);
      return { kind: 'UnaryOp', op: 'Not', operand, ...p.pos4(s) };
    }
    if (t.value === 'await') {
      const s = p.start();
      p.advance();
      const value = parsePrimary(p);
      return { kind: 'Await', value, ...p.pos4(s) };
    }
  }
  return parsePrimary(p);
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
  if (t.value === 'not' && isKw(p.peek(), 'in')) {
    p.advance();
    p.advance();
    return 'NotIn';
  }
  return null;
}

/** `a < b <= c …`: one Compare node for the whole chain. */
function parseComparisonChain(p: Parser, s: { line: number; col: number }, left: ast.Expr): ast.Expr {
  const ops: ast.CmpOperator[] = [];
  const comparators: ast.Expr[] = [];
  for (let op = compareOp(p); op !== null; op = compareOp(p)) {
    ops.push(op);
    comparators.push(parseOperand(p, Prec.BitOr));
  }
  return { kind: 'Compare', left, ops, comparators, ...p.pos4(s) };
}
