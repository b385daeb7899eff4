// Generators and coroutines at run time: resuming a suspended frame with a value or an
// exception, delegation to a sub-iterator during `yield from`/`await` (send, throw, close all pass
// through), the SEND instruction's step, and what `await` accepts.

import { CodeFlags } from '../bytecode/code-object';
import { Op } from '../bytecode/opcodes';
import { None, PyValue, STOP, typeOf } from '../objects/core';
import {
  GeneratorExit, PyBaseException, StopIteration, isExceptionOf, newException, newRuntimeError,
  newTypeError, newValueError,
} from '../objects/exceptions';
import { call, callMethod } from '../objects/ops';
import { lookupAttr } from '../objects/attr';
import { PyType } from '../objects/core';
import { PyGenerator, generatorType } from '../objects/generator';
import { coroutineType } from '../objects/coroutine';
import type { PyFunction } from '../objects/function';
import { Frame } from './frame';
import { RAISED, asPyException, execute } from './interpreter';
import { vm } from './state';
import { normalizeRaise } from './raise';

export function makeGenerator(f: PyFunction, frame: Frame): PyGenerator {
  const flags = f.code.flags;
  if (flags & CodeFlags.ASYNC_GENERATOR) throw newTypeError('asynchronous generators are not supported');
  const t = flags & CodeFlags.COROUTINE ? coroutineType : generatorType;
  return new PyGenerator(t, frame, f.name, f.qualname);
}

function kindName(g: PyGenerator): string {
  return g.cls === coroutineType ? 'coroutine' : 'generator';
}

/**
 * Runs g until its next yield (returns the value) or its end (returns STOP, with g.returnValue).
 * With `exc`, raises it at the suspension point instead of sending `value`. `push` is false when
 * the caller already left the frame's stack as it must be.
 */
function resume(g: PyGenerator, value: PyValue, exc: PyBaseException | undefined, push = true): PyValue | typeof STOP {
  if (g.running) throw newValueError(`${kindName(g)} already executing`);
  if (g.finished) {
    if (exc !== undefined) throw exc;
    if (g.cls === coroutineType) throw newRuntimeError('cannot reuse already awaited coroutine');
    g.returnValue = None;
    return STOP;
  }
  const f = g.frame;
  const st = vm;
  if (!g.started) {
    if (exc === undefined && value !== None) throw newTypeError(`can't send non-None value to a just-started ${kindName(g)}`);
    g.started = true;
  } else if (exc === undefined && push) {
    // A frame waiting in a yield-from loop would only pass the value on: skip entering it
    // when nothing could tell (no tick due, depth to spare, no trace hook).
    if (inYieldFrom(f) && st.budget > 2 && st.depth < st.recursionLimit && st.trace === undefined) return forward(g, value);
    f.values[f.sp++] = value;
  }
  const outer = st.handled;
  if (g.savedHandled !== null) st.handled = g.savedHandled;
  g.running = true;
  f.suspended = false;
  try {
    const j = f.code.jit;
    const r = typeof j === 'function' && st.trace === undefined ? j(f, -1, exc) as PyValue : execute(f, exc);
    if (r === RAISED) {
      const e = st.raised!;
      st.raised = null;
      throw e;
    }
    if (f.suspended) {
      g.savedHandled = st.handled !== outer ? st.handled : null;
      return r;
    }
    g.finished = true;
    g.returnValue = r;
    return STOP;
  } catch (e) {
    g.finished = true;
    if (isExceptionOf(e, StopIteration)) {
      const err = newRuntimeError(`${kindName(g)} raised StopIteration`);
      err.cause = e;
      err.context = e;
      throw err;
    }
    throw e;
  } finally {
    g.running = false;
    st.handled = outer;
  }
}

/** Whether the frame is suspended in a yield-from/await loop (its sub-iterator on top of its stack). */
function inYieldFrom(f: Frame): boolean {
  const w = f.code.code;
  return w[f.ip] === Op.JUMP_BACKWARD && w[w[f.ip + 1]] === Op.SEND;
}

/**
 * The generators a forward() is passing a value through (each suspended in a yield-from loop,
 * marked running), with the vm.handled each was resumed under; nested forwards stack up here,
 * [0, chainTop) in use. Counted by hand: setting an array's length is slow in V8.
 */
const chain: (PyGenerator | null)[] = [];
const chainHandled: (PyValue | null)[] = [];
let chainTop = 0;

/**
 * resume(g, value) for g suspended in a yield-from loop, without entering the frames of the
 * generators in the chain of delegations: for each it does what its frame would between entry
 * and SEND (a unit for the entry and one for the loop's backward jump, a level of depth, its
 * saved exception state, the frame as vm.frame, running), as long as no tick is due and the
 * depth allows, then sends the value into the last sub-iterator. A value that yields passes
 * straight out, every frame left as it was; a sub-iterator that returns or raises makes its
 * delegating frame run on from the SEND as it would have (re-entered, with the entry unit
 * given back), and what that frame does goes to the one above.
 */
function forward(g0: PyGenerator, value: PyValue): PyValue | typeof STOP {
  const st = vm;
  const base = chainTop;
  const outer = st.handled;
  const outerFrame = st.frame;
  const outerDepth = st.depth;
  let g = g0;
  let sub: PyValue;
  for (;;) {
    chain[chainTop] = g;
    chainHandled[chainTop++] = st.handled;
    const saved = g.savedHandled;
    if (saved !== null) {
      // What its yield would store: nothing when it equals the state it is resumed under.
      if (saved === st.handled) g.savedHandled = null; else st.handled = saved;
    }
    g.running = true;
    st.budget -= 2;
    st.depth++;
    const f = g.frame;
    st.frame = f;
    sub = f.values[f.sp - 1]!;
    if (!(sub instanceof PyGenerator) || sub.running || sub.finished || !sub.started
      || !inYieldFrom(sub.frame) || st.budget <= 2 || st.depth >= st.recursionLimit) break;
    g = sub;
  }
  let level = chainTop - 1;
  let raised = false;
  let thrown: unknown;
  let done = false;
  let r: PyValue = None;
  try {
    try {
      const s = genSendFromSend(sub, value);
      done = s.done;
      r = s.value;
    } catch (e) {
      raised = true;
      thrown = e;
    }
    for (;;) {
      if (!raised && !done) return r;
      // chain[level]'s SEND got a return value or an exception: its frame runs on.
      g = chain[level]!;
      st.handled = chainHandled[level];
      chain[level] = chainHandled[level] = null;
      chainTop = level;
      g.running = false;
      st.depth--;
      st.frame = level > base ? chain[level - 1]!.frame : outerFrame;
      // A pending interrupt (budget at or below zero) must still tick at the frame's next unit.
      st.budget = st.budget > 0 ? st.budget + 1 : 2;
      let x: PyValue | typeof STOP;
      try {
        if (raised) {
          raised = false;
          // Raised at the suspension point: the same line and handler as the SEND.
          const pe = asPyException(thrown);
          if (pe === null) {
            g.finished = true;
            throw thrown;
          }
          x = resume(g, None, pe);
        } else {
          const f = g.frame;
          const w = f.code.code;
          f.values[f.sp - 1] = r;
          f.ip = w[w[f.ip + 1] + 1];
          x = resume(g, None, undefined, false);
        }
        if (level === base) return x;
        done = x === STOP;
        r = done ? g.returnValue : x as PyValue;
      } catch (e) {
        if (level === base) throw e;
        raised = true;
        thrown = e;
      }
      level--;
    }
  } finally {
    for (let i = chainTop - 1; i >= base; i--) {
      chain[i]!.running = false;
      chain[i] = chainHandled[i] = null;
    }
    chainTop = base;
    st.depth = outerDepth;
    st.frame = outerFrame;
    st.handled = outer;
  }
}

export function genNext(g: PyGenerator): PyValue | typeof STOP {
  return resume(g, None, undefined);
}

export function genSend(g: PyGenerator, v: PyValue): PyValue | typeof STOP {
  return resume(g, v, undefined);
}

/** The sub-iterator g is delegating to (suspended inside yield from / await), if any. */
function delegate(g: PyGenerator): PyValue | undefined {
  if (!g.started || g.finished) return undefined;
  const f = g.frame;
  const w = f.code.code;
  if (w[f.ip] === Op.JUMP_BACKWARD && w[w[f.ip + 1]] === Op.SEND) return f.values[f.sp - 1];
  return undefined;
}

/** gen.throw(typ[, val]): the exception object to raise. */
export function genThrowArgs(typ: PyValue, val: PyValue | undefined): PyBaseException {
  if (typ instanceof PyType && val !== undefined && val !== None) {
    return normalizeRaise(val instanceof PyBaseException ? val : call(typ, [val]), undefined);
  }
  return normalizeRaise(typ, undefined);
}

export function genThrow(g: PyGenerator, exc: PyBaseException): PyValue | typeof STOP {
  // Not passed on to a sub-iterator: a running frame's saved state is stale, and a frame forward()
  // skips must not change.
  if (g.running) throw newValueError(`${kindName(g)} already executing`);
  const sub = delegate(g);
  if (sub === undefined) return resume(g, None, exc);
  if (isExceptionOf(exc, GeneratorExit)) {
    try { closeIterator(sub); } catch (e) { return resume(g, None, e as PyBaseException); }
    return resume(g, None, exc);
  }
  let r: StepResult;
  try {
    if (sub instanceof PyGenerator) {
      const v = genThrow(sub, exc);
      r = v === STOP ? { done: true, value: sub.returnValue } : { done: false, value: v };
    } else {
      const thr = lookupAttr(sub, 'throw');
      if (thr === undefined) return resume(g, None, exc);
      r = catchStop(() => call(thr, [exc]));
    }
  } catch (e) {
    return resume(g, None, e as PyBaseException);
  }
  if (!r.done) return r.value;
  // The sub-iterator finished: continue after the delegation loop with its result.
  const f = g.frame;
  const w = f.code.code;
  const send = w[f.ip + 1];
  f.values[f.sp - 1] = r.value;
  f.ip = w[send + 1];
  return resume(g, None, undefined, false);
}

function closeIterator(sub: PyValue): void {
  if (sub instanceof PyGenerator) { genClose(sub); return; }
  const close = lookupAttr(sub, 'close');
  if (close !== undefined) call(close, []);
}

export function genClose(g: PyGenerator): void {
  if (!g.started || g.finished) {
    g.finished = true;
    return;
  }
  let r: PyValue | typeof STOP;
  try {
    r = genThrow(g, newException(GeneratorExit));
  } catch (e) {
    if (isExceptionOf(e, GeneratorExit) || isExceptionOf(e, StopIteration)) return;
    throw e;
  }
  if (r !== STOP) throw newRuntimeError(`${kindName(g)} ignored GeneratorExit`);
}

interface StepResult { done: boolean; value: PyValue }

function catchStop(f: () => PyValue): StepResult {
  try {
    return { done: false, value: f() };
  } catch (e) {
    if (isExceptionOf(e, StopIteration)) return { done: true, value: e.args.length ? e.args[0] : None };
    throw e;
  }
}

const step: StepResult = { done: false, value: None };

/** One SEND: sends v into sub; reports a yielded value or the sub-iterator's return value. */
export function genSendFromSend(sub: PyValue, v: PyValue): StepResult {
  if (sub instanceof PyGenerator) {
    const r = resume(sub, v, undefined);
    if (r === STOP) { step.done = true; step.value = sub.returnValue; } else { step.done = false; step.value = r; }
    return step;
  }
  const t = typeOf(sub);
  if (v === None && t.next !== undefined && !t.isHeapType) {
    const r = t.next(sub);
    if (r === STOP) { step.done = true; step.value = None; } else { step.done = false; step.value = r; }
    return step;
  }
  return catchStop(() => (v === None ? callMethod(sub, '__next__', []) : callMethod(sub, 'send', [v])));
}

/** What `await v` iterates: a coroutine itself, __await__()'s iterator, or (as MicroPython allows) an iterator. */
export function getAwaitable(v: PyValue): PyValue {
  if (v instanceof PyGenerator) return v;
  const t = typeOf(v);
  const aw = t.lookup('__await__');
  if (aw !== undefined) {
    const get = typeOf(aw).descrGet;
    const it = call(get === undefined ? aw : get(aw, v, t), []);
    if (it instanceof PyGenerator && it.cls === coroutineType) throw newTypeError('__await__() returned a coroutine');
    return it;
  }
  if (t.next !== undefined || t.lookup('__next__') !== undefined) return v;
  throw newTypeError(`object ${t.name} can't be used in 'await' expression`);
}
