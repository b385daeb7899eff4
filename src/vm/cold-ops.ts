// The interpreter's less frequent instructions, kept out of the loop function so that its JS
// frame stays small (deep Python recursion is JS recursion) and V8 optimises it as a whole.
// Each takes the value stack and the stack pointer and returns the new stack pointer.

import { CodeObject } from '../bytecode/code-object';
import { None, PyType, PyValue, typeOf } from '../objects/core';
import { PyBaseException, newTypeError, newValueError } from '../objects/exceptions';
import { call, repr, str, toArray } from '../objects/ops';
import { PyDict, dictUpdate } from '../objects/dict';
import { PyList } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { PySet } from '../objects/set';
import { formatValue as objectFormatValue } from '../objects/format-value';
import { flattened } from '../objects/str';
import { PyCell } from '../objects/cell';
import { PyFunction } from '../objects/function';

type Stack = (PyValue | undefined)[];

export function buildSet(stack: Stack, sp: number, n: number): number {
  const s = new PySet();
  sp -= n;
  for (let i = 0; i < n; i++) { s.add(stack[sp + i]!); stack[sp + i] = undefined; }
  stack[sp++] = s;
  return sp;
}

export function buildMap(stack: Stack, sp: number, n: number): number {
  const d = new PyDict();
  sp -= 2 * n;
  for (let i = 0; i < n; i++) {
    d.set(stack[sp + 2 * i]!, stack[sp + 2 * i + 1]!);
    stack[sp + 2 * i] = stack[sp + 2 * i + 1] = undefined;
  }
  stack[sp++] = d;
  return sp;
}

export function buildString(stack: Stack, sp: number, n: number): number {
  let s = '';
  sp -= n;
  for (let i = 0; i < n; i++) { s += stack[sp + i] as string; stack[sp + i] = undefined; }
  stack[sp++] = flattened(s);
  return sp;
}

function asciiOf(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c < 256) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 65536) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

/** FORMAT_VALUE: conversion (!s !r !a) then format(value, spec). */
export function formatValue(stack: Stack, sp: number, flags: number): number {
  const spec = (flags & 4) ? stack[--sp] : undefined;
  stack[sp] = undefined;
  let v = stack[sp - 1]!;
  const conv = flags & 3;
  if (conv === 1) v = str(v);
  else if (conv === 2) v = repr(v);
  else if (conv === 3) v = asciiOf(repr(v));
  // A str needs no __format__ call; anything else goes through format(), custom __format__ included.
  stack[sp - 1] = typeof v === 'string' && (spec === undefined || spec === '') ? v : objectFormatValue(v, spec === undefined ? '' : spec as string);
  return sp;
}

function unpackError(expected: number, got: number, atLeast: boolean): PyBaseException {
  if (got < expected) {
    return newValueError(`not enough values to unpack (expected ${atLeast ? 'at least ' : ''}${expected}, got ${got})`);
  }
  return newValueError(`too many values to unpack (expected ${expected})`);
}

/** The items of a list or tuple without copying, anything else iterated. */
export function unpackItems(v: PyValue): PyValue[] {
  if ((v instanceof PyTuple || v instanceof PyList) && !v.cls.isHeapType) return v.items;
  return toArray(v);
}

export function unpackSequence(stack: Stack, sp: number, n: number): number {
  const items = unpackItems(stack[--sp]!);
  if (items.length !== n) throw unpackError(n, items.length, false);
  for (let i = n - 1; i >= 0; i--) stack[sp++] = items[i];
  return sp;
}

export function unpackEx(stack: Stack, sp: number, arg: number): number {
  const before = arg & 0xff;
  const after = arg >> 8;
  const items = unpackItems(stack[--sp]!);
  if (items.length < before + after) throw unpackError(before + after, items.length, true);
  for (let i = items.length - 1; i >= items.length - after; i--) stack[sp++] = items[i];
  stack[sp++] = new PyList(items.slice(before, items.length - after));
  for (let i = before - 1; i >= 0; i--) stack[sp++] = items[i];
  return sp;
}

export function makeFunction(stack: Stack, sp: number, flags: number, globals: PyDict, builtins: PyDict): number {
  const fcode = stack[--sp] as unknown as CodeObject;
  const closure = (flags & 8) ? (stack[--sp] as PyTuple).items as PyCell[] : null;
  const kwd = (flags & 2) ? stack[--sp] as PyDict : null;
  const defs = (flags & 1) ? stack[--sp] as PyTuple : null;
  const fn = new PyFunction(fcode, globals, builtins, closure);
  if (defs !== null) fn.defaults = defs.items;
  if (kwd !== null) {
    fn.kwdefaults = new Map();
    for (const [k, v] of kwd.entries()) fn.kwdefaults.set(k as string, v);
  }
  stack[sp] = stack[sp + 1] = stack[sp + 2] = stack[sp + 3] = undefined;
  stack[sp++] = fn;
  return sp;
}

/** CALL_FUNCTION_EX: f(*args, **kwargs) with (NULL, f, args[, kwargs]) on the stack. */
export function callEx(stack: Stack, sp: number, flags: number): number {
  const kwargs = (flags & 1) ? stack[--sp] as PyDict : null;
  const posv = stack[--sp]!;
  const callable = stack[--sp]!;
  stack[--sp] = undefined;
  stack[sp + 1] = stack[sp + 2] = stack[sp + 3] = undefined;
  const pos = posv instanceof PyList ? posv.items : toArray(posv);
  let args = pos;
  let kwn: string[] | undefined;
  if (kwargs !== null && kwargs.size > 0) {
    args = pos.slice();
    kwn = [];
    for (const [k, v] of kwargs.entries()) { kwn.push(k as string); args.push(v); }
  }
  stack[sp++] = call(callable, args, kwn);
  return sp;
}

export function setUpdate(s: PySet, v: PyValue): void {
  for (const x of toArray(v)) s.add(x);
}

export function dictUpdateChecked(d: PyDict, v: PyValue): void {
  if (!(v instanceof PyDict) && typeOf(v).lookup('keys') === undefined) {
    throw newTypeError(`'${typeOf(v).name}' object is not a mapping`);
  }
  dictUpdate(d, v);
}

/** DICT_MERGE: `**mapping` in a call; a repeated keyword is an error. */
export function mergeKwargs(d: PyDict, v: PyValue): void {
  if (!(v instanceof PyDict)) {
    if (typeOf(v).lookup('keys') === undefined) throw newTypeError(`argument after ** must be a mapping, not ${typeOf(v).name}`);
    const tmp = new PyDict();
    dictUpdate(tmp, v);
    v = tmp;
  }
  for (const [k, val] of (v as PyDict).entries()) {
    if (typeof k !== 'string') throw newTypeError('keywords must be strings');
    if (d.has(k)) throw newTypeError(`function got multiple values for keyword argument '${k}'`);
    d.set(k, val);
  }
}

/** Binds a dunder found on a type to its instance. */
function bindTo(fn: PyValue, obj: PyValue, t: PyType): PyValue {
  const get = typeOf(fn).descrGet;
  return get === undefined ? fn : get(fn, obj, t);
}

/** BEFORE_WITH / BEFORE_ASYNC_WITH: manager → bound exit, result of enter. */
export function beforeWith(stack: Stack, sp: number, isAsync: boolean): number {
  const mgr = stack[sp - 1]!;
  const t = typeOf(mgr);
  const enter = t.lookup(isAsync ? '__aenter__' : '__enter__');
  const exit = t.lookup(isAsync ? '__aexit__' : '__exit__');
  if (enter === undefined || exit === undefined) {
    const what = isAsync ? 'the asynchronous context manager protocol' : 'the context manager protocol';
    throw newTypeError(`'${t.name}' object does not support ${what}`);
  }
  stack[sp - 1] = bindTo(exit, mgr, t);
  stack[sp++] = call(bindTo(enter, mgr, t), []);
  return sp;
}

/** WITH_EXCEPT_START: exit(type, exc, traceback) with (exit, prev, exc) on the stack. */
export function withExceptStart(stack: Stack, sp: number): number {
  const e = stack[sp - 1]!;
  const exit = stack[sp - 3]!;
  const tb = e instanceof PyBaseException && e.traceback !== null ? e.traceback : None;
  stack[sp++] = call(exit, [typeOf(e), e, tb]);
  return sp;
}
