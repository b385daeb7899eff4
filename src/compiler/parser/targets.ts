// Assignment and deletion targets: parsing target lists (for, comprehensions, with … as, del),
// checking that an expression can be a target, and switching its context to Store or Del.
import type * as ast from '../ast';
import { Parser, exprName, startsStarExpression } from './parser';
import { parseBitwiseOr } from './operators';

/** The first part of `e` that cannot be assigned to (or deleted), or null if all can. */
export function invalidTarget(e: ast.Expr, del: boolean): ast.Expr | null {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript':
      return null;
    case 'Tuple': case 'List':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, del);
        if (bad !== null) return bad;
      }
      return null;
    case 'Starred':
      return del ? e : invalidTarget(e.value, del);
    default:
      return e;
  }
}

/** Sets `ctx` on a valid target and everything inside it that has one. */
export function setContext(e: ast.Expr, ctx: ast.ExprContext): void {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case 'Tuple': case 'List':
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      return;
    default:
      return;
  }
}

/** Validates `e` as an assignment target and turns it into one. */
export function toStore(p: Parser, e: ast.Expr): ast.Expr {
  const bad = invalidTarget(e, false);
  if (bad !== null) p.errorAtNode(`cannot assign to ${exprName(bad)}`, bad);
  setContext(e, 'Store');
  return e;
}

export function toDel(p: Parser, e: ast.Expr): ast.Expr {
  const bad = invalidTarget(e, true);
  if (bad !== null) p.errorAtNode(`cannot delete ${exprName(bad)}`, bad);
  setContext(e, 'Del');
  return e;
}

/** One `star_target`: `*x` or a primary-level expression (parsed loosely, checked after). */
function parseTargetElement(p: Parser): ast.Expr {
  if (!p.isOp('*')) {
    const e = parseBitwiseOr(p);
    p.completed(e, false);  // for the missing-comma hint: CPython parses targets as expressions there
    return e;
  }
  const s = p.start();
  p.advance();
  const value = parseTargetElement(p);
  return { kind: 'Starred', value, ctx: 'Load', ...p.pos4(s) };
}

/** `star_targets` of a for loop or comprehension, stopping before `in`. */
export function parseTargetList(p: Parser): ast.Expr {
  const s = p.start();
  const first = parseTargetElement(p);
  if (!p.isOp(',')) return toStore(p, first);
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.isKw('in') || p.isOp('=')) break;
    elts.push(parseTargetElement(p));
  }
  return toStore(p, { kind: 'Tuple', elts, ctx: 'Load', ...p.pos4(s) });
}

/** The target after `with … as`. */
export function parseSingleTarget(p: Parser): ast.Expr {
  return toStore(p, parseTargetElement(p));
}

/** `del` targets: a comma-separated list, each element its own target. */
export function parseDelTargets(p: Parser): ast.Expr[] {
  const targets = [toDel(p, parseTargetElement(p))];
  while (p.eatOp(',')) {
    if (!startsStarExpression(p.tok)) break;
    targets.push(toDel(p, parseTargetElement(p)));
  }
  return targets;
}
