// Native argument binding from a Python signature string, e.g.
// defineFunction('sorted(iterable, /, *, key=None, reverse=False)', (iterable, key, reverse) => …).
// The one string is both the documentation and the parser; wrong calls raise CircuitPython's
// argument messages (wording.ts). Defaults may be None, True, False, ints, floats, 'strings', or `?` (JS undefined:
// "not given"). *args arrives as a JS array, **kwargs as a Map<string, PyValue>.
import { KwNames, None, PyFloat, PyType, PyValue } from './core';
import {
  DirectCalls, NO_DIRECT, NativeFn, PyBuiltinFunction, PyClassMethodDescriptor, PyMethodDescriptor,
} from './builtin-function';
import { newTypeError } from './exceptions';
import * as W from './wording';

const POS_ONLY = 0, NORMAL = 1, KW_ONLY = 2;

interface Param { name: string; kind: number; def: PyValue | undefined; required: boolean }

/** A parsed signature; `skipSelf` hides a leading self/cls from counts in messages. */
export class Signature {
  name: string;
  params: Param[] = [];
  nPos = 0;
  varargs: string | null = null;
  varkw: string | null = null;
  /** Index in the output of the first keyword-only parameter. */
  kwStart = 0;
  size = 0;
  skipSelf: number;
  /** True when a call without keywords and with exactly nPos args may pass args straight through. */
  simple: boolean;
  /**
   * Fewest positional args a call without keywords may pass when every later parameter takes its
   * default (so binding is just appending defaults); above nPos when that never works.
   */
  minFill: number;
  /** `*args` and then only keyword-only parameters with defaults: any positional call binds plainly. */
  onlyVarargs: boolean;

  constructor(sig: string, isMethod: boolean) {
    const m = /^\s*([\w.]+)\s*\((.*)\)\s*$/s.exec(sig);
    if (!m) throw new Error(`bad native signature: ${sig}`);
    this.name = m[1];
    let kind = NORMAL;
    const parts = m[2].split(',').map((s) => s.trim()).filter((s) => s.length > 0);
    const hasSlash = parts.includes('/');
    if (hasSlash) kind = POS_ONLY;
    for (const p of parts) {
      if (p === '/') { kind = NORMAL; continue; }
      if (p === '*') { kind = KW_ONLY; continue; }
      if (p.startsWith('**')) { this.varkw = p.slice(2); continue; }
      if (p.startsWith('*')) { this.varargs = p.slice(1); kind = KW_ONLY; continue; }
      const eq = p.indexOf('=');
      const name = (eq < 0 ? p : p.slice(0, eq)).trim();
      const def = eq < 0 ? undefined : parseDefault(p.slice(eq + 1).trim(), sig);
      this.params.push({ name, kind, def, required: eq < 0 });
    }
    this.nPos = this.params.filter((p) => p.kind !== KW_ONLY).length;
    this.kwStart = this.nPos + (this.varargs !== null ? 1 : 0);
    this.size = this.kwStart + (this.params.length - this.nPos) + (this.varkw !== null ? 1 : 0);
    this.skipSelf = isMethod ? 1 : 0;
    this.simple = this.varargs === null && this.varkw === null && this.nPos === this.params.length;
    let lastRequired = -1;
    this.params.forEach((p, i) => { if (p.required) lastRequired = i; });
    this.minFill = this.varargs === null && this.varkw === null ? lastRequired + 1 : this.nPos + 1;
    this.onlyVarargs = this.varargs !== null && this.varkw === null && this.nPos === 0 && lastRequired < 0;
  }

  /** The bound values of parameters from `from` on, when a call passes only the ones before it. */
  defaultsFrom(from: number): PyValue[] {
    const out: PyValue[] = [];
    for (let i = from; i < this.params.length; i++) out.push(this.params[i].def as PyValue);
    return out;
  }

  /** Binds args/kwnames into the output order: positional params, *args, keyword-only params, **kwargs. */
  bind(args: PyValue[], kwnames: KwNames): any[] {
    const nk = kwnames === undefined ? 0 : kwnames.length;
    const n = args.length - nk;
    const out = new Array<any>(this.size);
    const nPos = this.nPos;
    if (n > nPos && this.varargs === null) throw newTypeError(this.tooManyMessage(n));
    const m = n < nPos ? n : nPos;
    for (let i = 0; i < m; i++) out[i] = args[i];
    if (this.varargs !== null) out[nPos] = n > nPos ? args.slice(nPos, n) : [];
    let kwargs: Map<string, PyValue> | null = null;
    for (let j = 0; j < nk; j++) {
      const name = kwnames![j];
      const idx = this.paramIndex(name);
      if (idx < 0 || this.params[idx].kind === POS_ONLY) {
        if (this.varkw !== null) {
          if (kwargs === null) kwargs = new Map();
          kwargs.set(name, args[n + j]);
          continue;
        }
        throw newTypeError(W.unexpectedKeyword(name));
      }
      const slot = idx < nPos ? idx : idx - nPos + this.kwStart;
      if (out[slot] !== undefined) throw newTypeError(`function got multiple values for argument '${name}'`);
      out[slot] = args[n + j];
    }
    if (this.varkw !== null) out[this.size - 1] = kwargs ?? new Map();
    let missing: string[] | null = null;
    for (let i = 0; i < this.params.length; i++) {
      const p = this.params[i];
      const slot = i < nPos ? i : i - nPos + this.kwStart;
      if (out[slot] !== undefined) continue;
      if (p.required) (missing ??= []).push(p.name);
      else out[slot] = p.def;
    }
    if (missing !== null) {
      if (this.paramIndex(missing[0]) >= nPos) throw newTypeError(W.missingKeyword(missing[0]));
      throw newTypeError(W.missingPositional(missing.length));
    }
    return out;
  }

  private paramIndex(name: string): number {
    const ps = this.params;
    for (let i = 0; i < ps.length; i++) if (ps[i].name === name) return i;
    return -1;
  }

  private tooManyMessage(given: number): string {
    return W.tooManyPositional(this.nPos - this.skipSelf, given - this.skipSelf);
  }
}

function parseDefault(text: string, sig: string): PyValue | undefined {
  if (text === '?') return undefined;
  if (text === 'None') return None;
  if (text === 'True') return true;
  if (text === 'False') return false;
  if (/^-?\d+$/.test(text)) return Number(text);
  if (/^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return new PyFloat(Number(text));
  if (/^'.*'$|^".*"$/.test(text)) return text.slice(1, -1).replace(/\\n/g, '\n');
  throw new Error(`bad default ${text} in native signature: ${sig}`);
}

type Impl = (...a: any[]) => PyValue | void;

function orNone(r: PyValue | void): PyValue {
  return r === undefined ? None : r;
}

/** Wraps impl (receiving bound parameters in signature order) as a NativeFn. */
export function nativeFn(sig: string, impl: Impl, isMethod = false): NativeFn {
  return nativeFnOf(new Signature(sig, isMethod), impl);
}

function nativeFnOf(s: Signature, impl: Impl): NativeFn {
  const simple = s.simple, nPos = s.nPos;
  return (args, kwnames) => {
    const r = simple && kwnames === undefined && args.length === nPos
      ? impl.apply(undefined, args)
      : impl.apply(undefined, s.bind(args, kwnames));
    return r === undefined ? None : r;
  };
}

/**
 * The direct entries (builtin-function.ts) of a native: for each count of positional args that
 * binds to those args followed by defaults. Missing defaults are appended to the call, so impl
 * sees exactly the values, and the number of them, that bind would give it.
 */
function directCalls(s: Signature, impl: Impl): DirectCalls {
  if (s.onlyVarargs) return varargsCalls(impl, s.defaultsFrom(0));
  if (s.minFill > 3) return NO_DIRECT;
  const usable = (n: number) => n >= s.minFill && n <= s.nPos;
  return new DirectCalls(
    usable(0) ? entry0(impl, s.defaultsFrom(0)) : null,
    usable(1) ? entry1(impl, s.defaultsFrom(1)) : null,
    usable(2) ? entry2(impl, s.defaultsFrom(2)) : null,
    usable(3) ? entry3(impl, s.defaultsFrom(3)) : null,
  );
}

/**
 * The entries of `name(*args, <keyword-only params with defaults>)` (min, max, print): the args
 * array, then the keyword-only defaults d.
 */
function varargsCalls(impl: Impl, d: PyValue[]): DirectCalls {
  const call = entry1(impl, d) as unknown as (args: PyValue[]) => PyValue;
  return new DirectCalls(() => call([]), (a) => call([a]), (a, b) => call([a, b]), (a, b, c) => call([a, b, c]));
}

// impl called with the given args, then the defaults d: up to two written out, as a spread call
// costs about as much again as the rest of the call.

function entry0(impl: Impl, d: PyValue[]): () => PyValue {
  const [x, y] = d;
  switch (d.length) {
    case 0: return () => orNone(impl());
    case 1: return () => orNone(impl(x));
    case 2: return () => orNone(impl(x, y));
    default: return () => orNone(impl(...d));
  }
}

function entry1(impl: Impl, d: PyValue[]): (a: PyValue) => PyValue {
  const [x, y] = d;
  switch (d.length) {
    case 0: return (a) => orNone(impl(a));
    case 1: return (a) => orNone(impl(a, x));
    case 2: return (a) => orNone(impl(a, x, y));
    default: return (a) => orNone(impl(a, ...d));
  }
}

function entry2(impl: Impl, d: PyValue[]): (a: PyValue, b: PyValue) => PyValue {
  const [x, y] = d;
  switch (d.length) {
    case 0: return (a, b) => orNone(impl(a, b));
    case 1: return (a, b) => orNone(impl(a, b, x));
    case 2: return (a, b) => orNone(impl(a, b, x, y));
    default: return (a, b) => orNone(impl(a, b, ...d));
  }
}

function entry3(impl: Impl, d: PyValue[]): (a: PyValue, b: PyValue, c: PyValue) => PyValue {
  const [x, y] = d;
  switch (d.length) {
    case 0: return (a, b, c) => orNone(impl(a, b, c));
    case 1: return (a, b, c) => orNone(impl(a, b, c, x));
    case 2: return (a, b, c) => orNone(impl(a, b, c, x, y));
    default: return (a, b, c) => orNone(impl(a, b, c, ...d));
  }
}

/** A module-level native function. */
export function defineFunction(sig: string, impl: Impl): PyBuiltinFunction {
  const name = sig.slice(0, sig.indexOf('(')).trim();
  const s = new Signature(sig, false);
  return new PyBuiltinFunction(name, nativeFnOf(s, impl), null, name, directCalls(s, impl));
}

/** A method of a native type, installed in owner's dict. The signature starts with self. */
export function defineMethod(owner: PyType, sig: string, impl: Impl): PyMethodDescriptor {
  const name = sig.slice(0, sig.indexOf('(')).trim();
  const s = new Signature(sig, true);
  const d = new PyMethodDescriptor(name, owner, nativeFnOf(s, impl), directCalls(s, impl));
  owner.typeDict.set(name, d);
  owner.bumpVersion();
  return d;
}

/** A classmethod of a native type; the signature starts with cls. */
export function defineClassMethod(owner: PyType, sig: string, impl: Impl): PyClassMethodDescriptor {
  const name = sig.slice(0, sig.indexOf('(')).trim();
  const d = new PyClassMethodDescriptor(name, owner, nativeFn(sig, impl, true));
  owner.typeDict.set(name, d);
  owner.bumpVersion();
  return d;
}

/** A staticmethod of a native type: a plain builtin function in its dict. */
export function defineStaticMethod(owner: PyType, sig: string, impl: Impl): PyBuiltinFunction {
  const f = defineFunction(sig, impl);
  owner.typeDict.set(f.name, f);
  owner.bumpVersion();
  return f;
}
