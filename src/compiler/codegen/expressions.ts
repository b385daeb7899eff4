// Code generation for expressions: each leaves exactly one value on the stack.

import * as A from '../ast';
import { Op, BINOP_INPLACE } from '../../bytecode/opcodes';
import { Label } from './builder';
import { Compiler } from './unit';
import { constValue, foldConstant } from './constants';
import { compileLambda, compileComprehension } from './functions';

export const BINOP_CODE: Record<A.Operator, number> = {
  Add: 0, Sub: 1, Mult: 2, MatMult: 3, Div: 4, FloorDiv: 5, Mod: 6, Pow: 7, LShift: 8, RShift: 9,
  BitAnd: 10, BitOr: 11, BitXor: 12,
};
export const INPLACE = BINOP_INPLACE;

const CMP_CODE: Partial<Record<A.CmpOperator, number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

export function expr(c: Compiler, e: A.Expr): void {
  const b = c.b;
  const savedLine = b.line;
  b.line = e.lineno;
  switch (e.kind) {
    case 'Constant':
      if (e.value.type === 'complex') throw c.error('complex values not supported', e);
      b.emit(Op.LOAD_CONST, constIdx(c, e.value));
      break;
    case 'Name':
      c.loadName(e.id);
      break;
    case 'Attribute':
      expr(c, e.value);
      b.line = e.end_lineno;
      b.emit(Op.LOAD_ATTR, b.nameIdx(e.attr));
      break;
    case 'Subscript':
      expr(c, e.value);
      expr(c, e.slice);
      b.emit(Op.BINARY_SUBSCR);
      break;
    case 'Slice':
      sliceParts(c, e);
      break;
    case 'BinOp': {
      const folded = foldConstant(e);
      if (folded !== undefined) { b.emit(Op.LOAD_CONST, constIdx(c, folded)); break; }
      expr(c, e.left);
      expr(c, e.right);
      b.line = e.lineno;
      b.emit(Op.BINARY_OP, BINOP_CODE[e.op]);
      break;
    }
    case 'UnaryOp': {
      const folded = foldConstant(e);
      if (folded !== undefined) { b.emit(Op.LOAD_CONST, constIdx(c, folded)); break; }
      expr(c, e.operand);
      b.line = e.lineno;
      b.emit(e.op === 'Not' ? Op.UNARY_NOT : e.op === 'USub' ? Op.UNARY_NEGATIVE : e.op === 'UAdd' ? Op.UNARY_POSITIVE : Op.UNARY_INVERT);
      break;
    }
    case 'BoolOp': {
      const end = new Label();
      const op = e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
      e.values.forEach((v, i) => {
        expr(c, v);
        if (i < e.values.length - 1) b.jump(op, end);
      });
      b.place(end);
      break;
    }
    case 'Compare':
      compare(c, e);
      break;
    case 'IfExp': {
      const orelse = new Label();
      const end = new Label();
      jumpIf(c, e.test, false, orelse);
      expr(c, e.body);
      b.jump(Op.JUMP_FORWARD, end);
      b.place(orelse);
      expr(c, e.orelse);
      b.place(end);
      break;
    }
    case 'Call':
      call(c, e);
      break;
    case 'Lambda':
      compileLambda(c, e);
      break;
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      compileComprehension(c, e);
      break;
    case 'List':
      sequence(c, e.elts, Op.BUILD_LIST, Op.LIST_EXTEND, false);
      break;
    case 'Tuple':
      sequence(c, e.elts, Op.BUILD_TUPLE, Op.LIST_EXTEND, true);
      break;
    case 'Set':
      sequence(c, e.elts, Op.BUILD_SET, Op.SET_UPDATE, false);
      break;
    case 'Dict':
      dict(c, e);
      break;
    case 'JoinedStr':
      for (const v of e.values) expr(c, v);
      if (e.values.length !== 1 || e.values[0].kind !== 'Constant') b.emit(Op.BUILD_STRING, e.values.length);
      break;
    case 'FormattedValue': {
      expr(c, e.value);
      let flags = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
      if (e.format_spec) { expr(c, e.format_spec); flags |= 4; }
      b.emit(Op.FORMAT_VALUE, flags);
      break;
    }
    case 'NamedExpr':
      expr(c, e.value);
      b.emit(Op.COPY, 1);
      c.storeName(e.target.id);
      break;
    case 'Yield':
      if (c.scope.isCoroutine) throw c.error("'yield' inside async function", e);
      if (e.value) expr(c, e.value); else b.emit(Op.LOAD_CONST, b.constIndex(constValue({ type: 'None' })));
      b.emit(Op.YIELD_VALUE);
      break;
    case 'YieldFrom':
      expr(c, e.value);
      b.emit(Op.GET_YIELD_FROM_ITER);
      yieldFromLoop(c);
      break;
    case 'Await':
      expr(c, e.value);
      b.emit(Op.GET_AWAITABLE);
      yieldFromLoop(c);
      break;
    case 'Starred':
      throw c.error("can't use starred expression here", e);
    default: {
      const never: never = e;
      throw new Error(`codegen: unknown expression ${(never as A.Expr).kind}`);
    }
  }
  b.line = savedLine;
}

export function constIdx(c: Compiler, v: A.ConstantValue): number {
  const value = constValue(v);
  // Keys keep 1, 1.0 and True apart while letting equal constants share one slot.
  const key = v.type === 'str' ? 's' + v.value : v.type === 'int' ? 'i' + String(v.value)
    : v.type === 'float' ? 'f' + (Object.is(v.value, -0) ? '-0' : String(v.value))
    : v.type === 'bool' ? 'b' + String(v.value) : v.type === 'None' || v.type === 'Ellipsis' ? v.type : value;
  return c.b.constIndex(value, key);
}

export function loadNone(c: Compiler): void {
  c.b.emit(Op.LOAD_CONST, constIdx(c, { type: 'None' }));
}

/** Sends into the iterator on TOS until it returns: yield from / await. Leaves the result. */
export function yieldFromLoop(c: Compiler): void {
  const b = c.b;
  loadNone(c);
  const top = new Label();
  const end = new Label();
  b.place(top);
  b.jump(Op.SEND, end);
  b.emit(Op.YIELD_VALUE);
  b.jump(Op.JUMP_BACKWARD, top);
  b.place(end);
}

function sliceParts(c: Compiler, e: A.Slice): void {
  const b = c.b;
  if (e.lower) expr(c, e.lower); else loadNone(c);
  if (e.upper) expr(c, e.upper); else loadNone(c);
  if (e.step) { expr(c, e.step); b.emit(Op.BUILD_SLICE, 3); } else b.emit(Op.BUILD_SLICE, 2);
}

function compareOp(c: Compiler, op: A.CmpOperator): void {
  const b = c.b;
  switch (op) {
    case 'Is': b.emit(Op.IS_OP, 0); return;
    case 'IsNot': b.emit(Op.IS_OP, 1); return;
    case 'In': b.emit(Op.CONTAINS_OP, 0); return;
    case 'NotIn': b.emit(Op.CONTAINS_OP, 1); return;
    default: b.emit(Op.COMPARE_OP, CMP_CODE[op]!);
  }
}

function compare(c: Compiler, e: A.Compare): void {
  const b = c.b;
  expr(c, e.left);
  const n = e.ops.length;
  if (n === 1) {
    expr(c, e.comparators[0]);
    b.line = e.lineno;
    compareOp(c, e.ops[0]);
    return;
  }
  const cleanup = new Label();
  const end = new Label();
  for (let i = 0; i < n - 1; i++) {
    expr(c, e.comparators[i]);
    b.emit(Op.SWAP, 2);
    b.emit(Op.COPY, 2);
    compareOp(c, e.ops[i]);
    b.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
  }
  expr(c, e.comparators[n - 1]);
  compareOp(c, e.ops[n - 1]);
  b.jump(Op.JUMP_FORWARD, end);
  b.place(cleanup);
  b.emit(Op.SWAP, 2);
  b.emit(Op.POP_TOP);
  b.place(end);
}

/** Jumps to target when the truth of e equals `when`; short-circuits and/or/not without values. */
export function jumpIf(c: Compiler, e: A.Expr, when: boolean, target: Label): void {
  const b = c.b;
  if (e.kind === 'UnaryOp' && e.op === 'Not') { jumpIf(c, e.operand, !when, target); return; }
  if (e.kind === 'BoolOp') {
    const isAnd = e.op === 'And';
    if (isAnd !== when) {
      // and-when-false / or-when-true: any operand decides.
      for (const v of e.values) jumpIf(c, v, when, target);
    } else {
      const skip = new Label();
      e.values.forEach((v, i) => {
        if (i < e.values.length - 1) jumpIf(c, v, !when, skip);
        else jumpIf(c, v, when, target);
      });
      b.place(skip);
    }
    return;
  }
  if (e.kind === 'Compare' && e.ops.length === 1 && (e.ops[0] === 'Is' || e.ops[0] === 'IsNot')
      && e.comparators[0].kind === 'Constant' && e.comparators[0].value.type === 'None') {
    expr(c, e.left);
    const isNone = e.ops[0] === 'Is';
    b.jump(isNone === when ? Op.POP_JUMP_IF_NONE : Op.POP_JUMP_IF_NOT_NONE, target);
    return;
  }
  expr(c, e);
  b.jump(when ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
}

/** Builds a list/tuple/set display, with `*iterable` items spliced in. */
function sequence(c: Compiler, elts: A.Expr[], build: Op, extend: Op, tuple: boolean): void {
  const b = c.b;
  if (!elts.some((x) => x.kind === 'Starred')) {
    for (const x of elts) expr(c, x);
    b.emit(build, elts.length);
    return;
  }
  let pending = 0;
  let started = false;
  const head = tuple ? Op.BUILD_LIST : build;
  for (const x of elts) {
    if (x.kind === 'Starred') {
      if (!started) { b.emit(head, pending); started = true; pending = 0; }
      else if (pending) { b.emit(head, pending); b.emit(extend, 1); pending = 0; }
      expr(c, x.value);
      b.emit(extend, 1);
    } else pending++;
    if (x.kind !== 'Starred') expr(c, x);
  }
  if (pending) { b.emit(head, pending); b.emit(extend, 1); }
  if (tuple) b.emit(Op.LIST_TO_TUPLE);
}

function dict(c: Compiler, e: A.Dict): void {
  const b = c.b;
  let pending = 0;
  let started = false;
  e.keys.forEach((k, i) => {
    if (k === null) {
      if (!started) { b.emit(Op.BUILD_MAP, pending); started = true; }
      else if (pending) { b.emit(Op.BUILD_MAP, pending); b.emit(Op.DICT_UPDATE, 1); }
      pending = 0;
      expr(c, e.values[i]);
      b.emit(Op.DICT_UPDATE, 1);
    } else {
      expr(c, k);
      expr(c, e.values[i]);
      pending++;
    }
  });
  if (!started) b.emit(Op.BUILD_MAP, pending);
  else if (pending) { b.emit(Op.BUILD_MAP, pending); b.emit(Op.DICT_UPDATE, 1); }
}

/** `super()` in a method becomes `super(__class__, <first parameter>)` (what objects/super.ts expects). */
function zeroArgSuper(c: Compiler, e: A.Call): boolean {
  const s = c.scope;
  if (e.func.kind !== 'Name' || e.func.id !== 'super' || e.args.length || e.keywords.length) return false;
  if (s.access('super') !== 'global' || !s.freevars.includes('__class__') || s.params.length === 0) return false;
  const b = c.b;
  b.emit(Op.PUSH_NULL);
  c.loadName('super');
  b.emit(Op.LOAD_DEREF, s.derefIndex('__class__'));
  c.loadName(s.params[0]);
  b.line = e.lineno;
  b.emit(Op.CALL, 2);
  return true;
}

function call(c: Compiler, e: A.Call): void {
  const b = c.b;
  if (zeroArgSuper(c, e)) return;
  const simple = !e.args.some((a) => a.kind === 'Starred') && !e.keywords.some((k) => k.arg === null);
  if (simple && e.func.kind === 'Attribute') {
    expr(c, e.func.value);
    b.line = e.func.end_lineno;
    b.emit(Op.LOAD_METHOD, b.nameIdx(e.func.attr));
  } else {
    b.emit(Op.PUSH_NULL);
    expr(c, e.func);
  }
  if (simple) {
    for (const a of e.args) expr(c, a);
    for (const k of e.keywords) expr(c, k.value);
    checkDuplicateKeywords(c, e);
    b.line = e.lineno;
    if (e.keywords.length) b.emit(Op.KW_NAMES, b.uniqueConst(e.keywords.map((k) => k.arg as string)));
    b.emit(Op.CALL, e.args.length + e.keywords.length);
    return;
  }
  // f(*a, **k): one positional list and one keyword dict.
  sequence(c, e.args, Op.BUILD_LIST, Op.LIST_EXTEND, false);
  checkDuplicateKeywords(c, e);
  if (e.keywords.length) {
    b.emit(Op.BUILD_MAP, 0);
    let pending = 0;
    for (const k of e.keywords) {
      if (k.arg === null) {
        if (pending) { b.emit(Op.BUILD_MAP, pending); b.emit(Op.DICT_MERGE, 1); pending = 0; }
        expr(c, k.value);
        b.emit(Op.DICT_MERGE, 1);
      } else {
        b.emit(Op.LOAD_CONST, constIdx(c, { type: 'str', value: k.arg }));
        expr(c, k.value);
        pending++;
      }
    }
    if (pending) { b.emit(Op.BUILD_MAP, pending); b.emit(Op.DICT_MERGE, 1); }
  }
  b.line = e.lineno;
  b.emit(Op.CALL_FUNCTION_EX, e.keywords.length ? 1 : 0);
}

function checkDuplicateKeywords(c: Compiler, e: A.Call): void {
  const seen = new Set<string>();
  for (const k of e.keywords) {
    if (k.arg === null) continue;
    if (seen.has(k.arg)) throw c.error(`keyword argument repeated: ${k.arg}`, k);
    seen.add(k.arg);
  }
}
