// Code generation for try/except/else/finally, with/async with and async for. Layout follows
// CPython 3.11: handlers are found through the exception table; a handler entry pushes the
// exception, PUSH_EXC_INFO saves the previously handled one beneath it, and a "cleanup"
// handler restores that saved state whenever a handler body itself raises.

import * as A from '../ast';
import { Op } from '../../bytecode/opcodes';
import { Label } from './builder';
import { Compiler } from './unit';
import { expr, loadNone, yieldFromLoop } from './expressions';
import { stmts, store } from './statements';

export function compileTry(c: Compiler, s: A.Try): void {
  if (s.finalbody.length) tryFinally(c, s);
  else tryExcept(c, s);
}

/** Emits the cleanup handler's body: stack prev, exc → restore prev, re-raise exc. */
function emitCleanup(c: Compiler, h: { label: Label; depth: number }): void {
  const b = c.b;
  b.placeHandler(h);
  b.emit(Op.SWAP, 2);
  b.emit(Op.POP_EXCEPT);
  b.emit(Op.RERAISE);
}

function tryFinally(c: Compiler, s: A.Try): void {
  const b = c.b;
  const end = new Label();
  const d = b.depth;
  const before = b.handlerCount;
  const h = b.pushHandler(new Label(), d);
  c.unit.fblocks.push({ kind: 'finally', handlerCount: before, body: s.finalbody });
  if (s.handlers.length) tryExcept(c, s);
  else stmts(c, s.body);
  c.unit.fblocks.pop();
  b.popHandler();
  stmts(c, s.finalbody);
  b.jump(Op.JUMP_FORWARD, end);
  // Exceptional path: run the finally body with the exception saved, then re-raise it.
  b.placeHandler(h);
  b.emit(Op.PUSH_EXC_INFO);
  const before2 = b.handlerCount;
  const cleanup = b.pushHandler(new Label(), d + 1);
  c.unit.fblocks.push({ kind: 'finally-end', handlerCount: before2 });
  stmts(c, s.finalbody);
  c.unit.fblocks.pop();
  b.emit(Op.RERAISE);
  b.popHandler();
  emitCleanup(c, cleanup);
  b.place(end);
}

function tryExcept(c: Compiler, s: A.Try): void {
  const b = c.b;
  const end = new Label();
  const d = b.depth;
  const before = b.handlerCount;
  const h = b.pushHandler(new Label(), d);
  c.unit.fblocks.push({ kind: 'try', handlerCount: before });
  stmts(c, s.body);
  c.unit.fblocks.pop();
  b.popHandler();
  stmts(c, s.orelse);
  b.jump(Op.JUMP_FORWARD, end);

  b.placeHandler(h);
  b.emit(Op.PUSH_EXC_INFO);
  const before2 = b.handlerCount;
  const cleanup = b.pushHandler(new Label(), d + 1);
  s.handlers.forEach((hd, i) => {
    c.at(hd);
    if (!hd.type && i < s.handlers.length - 1) throw c.error("default 'except:' must be last", hd);
    const next = new Label();
    if (hd.type) {
      expr(c, hd.type);
      b.emit(Op.CHECK_EXC_MATCH);
      b.jump(Op.POP_JUMP_IF_FALSE, next);
    }
    if (hd.name !== null) c.storeName(hd.name); else b.emit(Op.POP_TOP);
    // Stack: prev. A named handler deletes its name however the body ends.
    const nameCleanup = hd.name !== null ? b.pushHandler(new Label(), d + 1) : null;
    c.unit.fblocks.push({ kind: 'handler', handlerCount: before2, name: hd.name });
    stmts(c, hd.body);
    c.unit.fblocks.pop();
    if (nameCleanup) b.popHandler();
    b.withHandlersCut(before2, () => {
      b.emit(Op.POP_EXCEPT);
      if (hd.name !== null) clearName(c, hd.name);
      b.jump(Op.JUMP_FORWARD, end);
    });
    if (nameCleanup) {
      b.placeHandler(nameCleanup);
      clearName(c, hd.name!);
      b.emit(Op.RERAISE);
    }
    b.place(next);
  });
  // No clause matched: re-raise with the state restored by the cleanup handler.
  if (s.handlers.length && s.handlers[s.handlers.length - 1].type) b.emit(Op.RERAISE);
  b.popHandler();
  emitCleanup(c, cleanup);
  b.place(end);
}

function clearName(c: Compiler, name: string): void {
  loadNone(c);
  c.storeName(name);
  c.deleteName(name);
}

export function compileWith(c: Compiler, s: A.With | A.AsyncWith, index: number): void {
  const b = c.b;
  const isAsync = s.kind === 'AsyncWith';
  const item = s.items[index];
  const end = new Label();
  c.at(s);
  expr(c, item.context_expr);
  if (isAsync) {
    b.emit(Op.BEFORE_ASYNC_WITH);
    b.emit(Op.GET_AWAITABLE);
    yieldFromLoop(c);
  } else b.emit(Op.BEFORE_WITH);
  if (item.optional_vars) store(c, item.optional_vars); else b.emit(Op.POP_TOP);
  // Stack: exit.
  const d = b.depth;
  const before = b.handlerCount;
  const h = b.pushHandler(new Label(), d);
  c.unit.fblocks.push({ kind: 'with', handlerCount: before, isAsync });
  if (index + 1 < s.items.length) compileWith(c, s, index + 1);
  else stmts(c, s.body);
  c.unit.fblocks.pop();
  b.popHandler();
  c.at(s);
  b.emit(Op.PUSH_NULL);
  b.emit(Op.SWAP, 2);
  loadNone(c); loadNone(c); loadNone(c);
  b.emit(Op.CALL, 3);
  if (isAsync) { b.emit(Op.GET_AWAITABLE); yieldFromLoop(c); }
  b.emit(Op.POP_TOP);
  b.jump(Op.JUMP_FORWARD, end);

  // Exceptional exit: __exit__(type, exc, tb) decides whether the exception is suppressed.
  b.placeHandler(h);
  b.emit(Op.PUSH_EXC_INFO);
  const cleanup = b.pushHandler(new Label(), d + 1);
  b.emit(Op.WITH_EXCEPT_START);
  if (isAsync) { b.emit(Op.GET_AWAITABLE); yieldFromLoop(c); }
  const suppress = new Label();
  b.jump(Op.POP_JUMP_IF_TRUE, suppress);
  b.emit(Op.RERAISE);
  b.popHandler();
  b.place(suppress);
  b.emit(Op.POP_TOP);
  b.emit(Op.POP_EXCEPT);
  b.emit(Op.POP_TOP);
  b.jump(Op.JUMP_FORWARD, end);
  emitCleanup(c, cleanup);
  b.place(end);
}

export function compileAsyncFor(c: Compiler, s: A.AsyncFor): void {
  const b = c.b;
  const top = new Label();
  const end = new Label();
  expr(c, s.iter);
  c.at(s);
  b.emit(Op.GET_AITER);
  b.place(top);
  const h = b.pushHandler(new Label(), b.depth);
  b.emit(Op.GET_ANEXT);
  yieldFromLoop(c);
  b.popHandler();
  store(c, s.target);
  c.unit.fblocks.push({ kind: 'loop', continueLabel: top, breakLabel: end, popsIterator: true });
  stmts(c, s.body);
  c.unit.fblocks.pop();
  b.jump(Op.JUMP_BACKWARD, top);
  b.placeHandler(h);
  b.emit(Op.END_ASYNC_FOR);
  stmts(c, s.orelse);
  b.place(end);
}
