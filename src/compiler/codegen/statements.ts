// Code generation for statements: assignment and its targets, control flow, imports, and the
// unwinding that return/break/continue do through loops, try/finally, with and except blocks.

import * as A from '../ast';
import { Op } from '../../bytecode/opcodes';
import { Label } from './builder';
import { Compiler, FBlock } from './unit';
import { BINOP_CODE, INPLACE, constIdx, expr, jumpIf, loadNone, yieldFromLoop } from './expressions';
import { foldConstant } from './constants';
import { compileClass, compileFunctionDef } from './functions';
import { compileTry, compileWith, compileAsyncFor } from './exceptions';
import { importFrom, importName } from './imports';

export function stmts(c: Compiler, list: A.Stmt[]): void {
  for (const s of list) stmt(c, s);
}

export function stmt(c: Compiler, s: A.Stmt): void {
  const b = c.b;
  c.at(s);
  switch (s.kind) {
    case 'Expr':
      if (s.value.kind === 'Constant' && !c.interactive) return;
      expr(c, s.value);
      b.emit(c.interactive && c.scope.kind === 'module' ? Op.PRINT_EXPR : Op.POP_TOP);
      return;
    case 'Assign':
      assign(c, s);
      return;
    case 'AugAssign':
      augAssign(c, s);
      return;
    case 'AnnAssign':
      if (s.value) {
        expr(c, s.value);
        store(c, s.target);
      } else if (s.target.kind !== 'Name') {
        // The target's subexpressions are still evaluated (and may raise).
        if (s.target.kind === 'Attribute') { expr(c, s.target.value); b.emit(Op.POP_TOP); }
        if (s.target.kind === 'Subscript') { expr(c, s.target.value); b.emit(Op.POP_TOP); expr(c, s.target.slice); b.emit(Op.POP_TOP); }
      }
      return;
    case 'Delete':
      for (const t of s.targets) del(c, t);
      return;
    case 'Pass':
      b.emit(Op.NOP);
      return;
    case 'If': {
      const orelse = new Label();
      jumpIf(c, s.test, false, orelse);
      stmts(c, s.body);
      if (s.orelse.length) {
        const end = new Label();
        b.jump(Op.JUMP_FORWARD, end);
        b.place(orelse);
        stmts(c, s.orelse);
        b.place(end);
      } else b.place(orelse);
      return;
    }
    case 'While':
      whileLoop(c, s);
      return;
    case 'For':
      forLoop(c, s);
      return;
    case 'AsyncFor':
      compileAsyncFor(c, s);
      return;
    case 'Break':
    case 'Continue':
      breakContinue(c, s);
      return;
    case 'Return':
      ret(c, s);
      return;
    case 'Raise':
      if (s.exc) expr(c, s.exc);
      if (s.cause) expr(c, s.cause);
      c.at(s);
      b.emit(Op.RAISE_VARARGS, s.exc ? (s.cause ? 2 : 1) : 0);
      return;
    case 'Assert': {
      const end = new Label();
      jumpIf(c, s.test, true, end);
      b.emit(Op.LOAD_ASSERTION_ERROR);
      if (s.msg) {
        b.emit(Op.PUSH_NULL);
        b.emit(Op.SWAP, 2);
        expr(c, s.msg);
        b.emit(Op.CALL, 1);
      }
      b.emit(Op.RAISE_VARARGS, 1);
      b.place(end);
      return;
    }
    case 'Import':
      for (const a of s.names) importName(c, a);
      return;
    case 'ImportFrom':
      importFrom(c, s);
      return;
    case 'Global':
    case 'Nonlocal':
      return;
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      compileFunctionDef(c, s);
      return;
    case 'ClassDef':
      compileClass(c, s);
      return;
    case 'Try':
      compileTry(c, s);
      return;
    case 'TryStar':
      throw c.error('except* is not supported', s);
    case 'With':
    case 'AsyncWith':
      compileWith(c, s, 0);
      return;
    default: {
      const never: never = s;
      throw new Error(`codegen: unknown statement ${(never as A.Stmt).kind}`);
    }
  }
}

function assign(c: Compiler, s: A.Assign): void {
  // `X = const(expr)` at module level: later uses of X in this module become the constant.
  const v = s.value;
  if (c.scope.kind === 'module' && s.targets.length === 1 && s.targets[0].kind === 'Name'
      && v.kind === 'Call' && v.func.kind === 'Name' && v.func.id === 'const' && v.args.length === 1
      && v.keywords.length === 0) {
    const folded = foldConstant(v.args[0]);
    if (folded && folded.type === 'int') {
      const name = s.targets[0].id;
      c.constNames.set(name, folded.value);
      // As MicroPython: a private (underscore) constant exists only at compile time.
      if (name.startsWith('_')) return;
      c.b.emit(Op.LOAD_CONST, constIdx(c, folded));
      c.storeName(name);
      return;
    }
  }
  expr(c, v);
  s.targets.forEach((t, i) => {
    if (i < s.targets.length - 1) c.b.emit(Op.COPY, 1);
    store(c, t);
  });
}

/** Stores TOS into an assignment target. */
export function store(c: Compiler, t: A.Expr): void {
  const b = c.b;
  switch (t.kind) {
    case 'Name':
      c.storeName(t.id);
      return;
    case 'Attribute':
      expr(c, t.value);
      b.line = t.end_lineno;
      b.emit(Op.STORE_ATTR, b.nameIdx(t.attr));
      return;
    case 'Subscript':
      expr(c, t.value);
      expr(c, t.slice);
      b.emit(Op.STORE_SUBSCR);
      return;
    case 'Tuple':
    case 'List': {
      const star = t.elts.findIndex((x) => x.kind === 'Starred');
      if (star < 0) b.emit(Op.UNPACK_SEQUENCE, t.elts.length);
      else {
        if (t.elts.findIndex((x, i) => i > star && x.kind === 'Starred') >= 0) {
          throw c.error('multiple starred expressions in assignment', t);
        }
        const after = t.elts.length - star - 1;
        if (star > 255 || after > 255) throw c.error('too many expressions in star-unpacking assignment', t);
        b.emit(Op.UNPACK_EX, star | (after << 8));
      }
      for (const x of t.elts) store(c, x.kind === 'Starred' ? x.value : x);
      return;
    }
    case 'Starred':
      throw c.error('starred assignment target must be in a list or tuple', t);
    default:
      throw c.error(`cannot assign to ${describe(t)}`, t);
  }
}

function describe(e: A.Expr): string {
  switch (e.kind) {
    case 'Call': return 'function call';
    case 'Constant': return 'literal';
    case 'Compare': return 'comparison';
    case 'BinOp': case 'UnaryOp': case 'BoolOp': return 'expression';
    case 'Lambda': return 'lambda';
    case 'NamedExpr': return 'named expression';
    case 'IfExp': return 'conditional expression';
    default: return 'expression';
  }
}

function del(c: Compiler, t: A.Expr): void {
  const b = c.b;
  switch (t.kind) {
    case 'Name':
      c.deleteName(t.id);
      return;
    case 'Attribute':
      expr(c, t.value);
      b.emit(Op.DELETE_ATTR, b.nameIdx(t.attr));
      return;
    case 'Subscript':
      expr(c, t.value);
      expr(c, t.slice);
      b.emit(Op.DELETE_SUBSCR);
      return;
    case 'Tuple':
    case 'List':
      for (const x of t.elts) del(c, x);
      return;
    default:
      throw c.error(`cannot delete ${describe(t)}`, t);
  }
}

function augAssign(c: Compiler, s: A.AugAssign): void {
  const b = c.b;
  const op = BINOP_CODE[s.op] + INPLACE;
  const t = s.target;
  switch (t.kind) {
    case 'Name':
      c.loadName(t.id);
      expr(c, s.value);
      c.at(s);
      b.emit(Op.BINARY_OP, op);
      c.storeName(t.id);
      return;
    case 'Attribute':
      expr(c, t.value);
      b.emit(Op.COPY, 1);
      b.emit(Op.LOAD_ATTR, b.nameIdx(t.attr));
      expr(c, s.value);
      c.at(s);
      b.emit(Op.BINARY_OP, op);
      b.emit(Op.SWAP, 2);
      b.emit(Op.STORE_ATTR, b.nameIdx(t.attr));
      return;
    case 'Subscript':
      expr(c, t.value);
      expr(c, t.slice);
      b.emit(Op.COPY, 2);
      b.emit(Op.COPY, 2);
      b.emit(Op.BINARY_SUBSCR);
      expr(c, s.value);
      c.at(s);
      b.emit(Op.BINARY_OP, op);
      b.emit(Op.SWAP, 3);
      b.emit(Op.SWAP, 2);
      b.emit(Op.STORE_SUBSCR);
      return;
    default:
      throw c.error(`'${describe(t)}' is an illegal expression for augmented assignment`, t);
  }
}

function whileLoop(c: Compiler, s: A.While): void {
  const b = c.b;
  const top = new Label();
  const orelse = new Label();
  const end = new Label();
  b.place(top);
  jumpIf(c, s.test, false, orelse);
  c.unit.fblocks.push({ kind: 'loop', continueLabel: top, breakLabel: end, popsIterator: false });
  stmts(c, s.body);
  c.unit.fblocks.pop();
  // The jump keeps the last body line: an interrupt in `while True: pass` reports the body.
  b.jump(Op.JUMP_BACKWARD, top);
  b.place(orelse);
  stmts(c, s.orelse);
  b.place(end);
}

function forLoop(c: Compiler, s: A.For): void {
  const b = c.b;
  const top = new Label();
  const exhausted = new Label();
  const end = new Label();
  expr(c, s.iter);
  c.at(s);
  b.emit(Op.GET_ITER);
  b.place(top);
  b.jump(Op.FOR_ITER, exhausted);
  store(c, s.target);
  c.unit.fblocks.push({ kind: 'loop', continueLabel: top, breakLabel: end, popsIterator: true });
  stmts(c, s.body);
  c.unit.fblocks.pop();
  c.at(s);
  b.jump(Op.JUMP_BACKWARD, top);
  b.place(exhausted);
  stmts(c, s.orelse);
  b.place(end);
}

/** Emits the cleanup of one block being left early; `preserveTop` keeps a return value on top. */
export function unwindBlock(c: Compiler, f: FBlock, preserveTop: boolean): void {
  const b = c.b;
  switch (f.kind) {
    case 'loop':
      if (f.popsIterator) {
        if (preserveTop) b.emit(Op.SWAP, 2);
        b.emit(Op.POP_TOP);
      }
      return;
    case 'try':
      return;
    case 'finally':
      b.withHandlersCut(f.handlerCount, () => {
        const saved = c.unit.fblocks.splice(c.unit.fblocks.indexOf(f));
        if (preserveTop) c.unit.fblocks.push({ kind: 'pop-value', handlerCount: f.handlerCount });
        stmts(c, f.body);
        if (preserveTop) c.unit.fblocks.pop();
        c.unit.fblocks.push(...saved);
      });
      return;
    case 'pop-value':
      if (preserveTop) b.emit(Op.SWAP, 2);
      b.emit(Op.POP_TOP);
      return;
    case 'finally-end':
      // Leaving a finally body that runs for an exception: drop the exception and its saved state.
      // Stack: prev, exc, [value].
      if (preserveTop) b.emit(Op.SWAP, 2);
      b.emit(Op.POP_TOP);
      if (preserveTop) b.emit(Op.SWAP, 2);
      b.emit(Op.POP_EXCEPT);
      return;
    case 'with':
      // Stack: exit, [value] → call exit(None, None, None).
      if (preserveTop) b.emit(Op.SWAP, 2);
      b.emit(Op.PUSH_NULL);
      b.emit(Op.SWAP, 2);
      loadNone(c); loadNone(c); loadNone(c);
      b.emit(Op.CALL, 3);
      if (f.isAsync) {
        b.emit(Op.GET_AWAITABLE);
        yieldFromLoop(c);
      }
      b.emit(Op.POP_TOP);
      return;
    case 'handler':
      if (preserveTop) b.emit(Op.SWAP, 2);
      b.emit(Op.POP_EXCEPT);
      if (f.name !== null) {
        loadNone(c);
        c.storeName(f.name);
        c.deleteName(f.name);
      }
      return;
    default: { const never: never = f; throw new Error(String(never)); }
  }
}

/**
 * Emits the cleanup of every block from the innermost out to (not including) index `stop`. Each
 * piece runs outside the handlers of the blocks already left; returns how many handlers remain
 * for the exit instruction that follows.
 */
function unwindTo(c: Compiler, stop: number, preserveTop: boolean): number {
  const fb = c.unit.fblocks;
  let keep = c.b.handlerCount;
  for (let i = fb.length - 1; i >= stop; i--) {
    const f = fb[i];
    if (f.kind !== 'loop') keep = Math.min(keep, f.handlerCount);
    c.b.withHandlersCut(keep, () => unwindBlock(c, f, preserveTop));
  }
  return keep;
}

function breakContinue(c: Compiler, s: A.Break | A.Continue): void {
  const fb = c.unit.fblocks;
  let i = fb.length - 1;
  while (i >= 0 && fb[i].kind !== 'loop') i--;
  if (i < 0) throw c.error(s.kind === 'Break' ? "'break' outside loop" : "'continue' not properly in loop", s);
  const loop = fb[i] as Extract<FBlock, { kind: 'loop' }>;
  const keep = unwindTo(c, i + 1, false);
  c.at(s);
  c.b.withHandlersCut(keep, () => {
    if (s.kind === 'Break') {
      unwindBlock(c, loop, false);
      c.b.jump(Op.JUMP_FORWARD, loop.breakLabel);
    } else c.b.jump(Op.JUMP_BACKWARD, loop.continueLabel);
  });
}

function ret(c: Compiler, s: A.Return): void {
  const b = c.b;
  if (c.scope.isGenerator && c.scope.isCoroutine && s.value) throw c.error("'return' with value in async generator", s);
  if (s.value) expr(c, s.value); else loadNone(c);
  const keep = unwindTo(c, 0, true);
  c.at(s);
  b.withHandlersCut(keep, () => b.emit(Op.RETURN_VALUE));
}
