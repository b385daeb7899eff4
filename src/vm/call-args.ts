// Binds a call's arguments to a Python function's parameters, straight into the new frame's
// fast locals: positional, *args, keywords, **kwargs, defaults and keyword-only defaults, with
// CircuitPython's wording for every mistake (reference: console-and-errors.md §4).

import { CodeFlags } from '../bytecode/code-object';
import { KwNames, PyValue } from '../objects/core';
import { newTypeError } from '../objects/exceptions';
import type { PyFunction } from '../objects/function';
import { PyTuple } from '../objects/tuple';
import { PyDict } from '../objects/dict';

const EMPTY: PyValue[] = [];

/**
 * Whether a SIMPLE_ARGS function takes `given` positional arguments straight into its first
 * locals: exactly its parameters, or fewer with defaults for the rest (`def f(x, h=None)`).
 */
export function takesPositionally(f: PyFunction, given: number): boolean {
  const need = f.code.argcount;
  if (given === need) return true;
  const d = f.defaults;
  return given < need && d !== null && need - given <= d.length;
}

/** After takesPositionally: stores the defaults of the parameters from `given` on. */
export function fillPositionalDefaults(f: PyFunction, locals: (PyValue | undefined)[], given: number): void {
  const need = f.code.argcount;
  if (given === need) return;
  const d = f.defaults!;
  for (let j = given, k = d.length - need + given; j < need; j++, k++) locals[j] = d[k];
}

/**
 * Fills `locals` from `args` (positional values followed by the values of kwnames). `locals`
 * must be all-undefined on entry.
 */
export function bindArguments(f: PyFunction, locals: (PyValue | undefined)[], args: PyValue[], kwnames: KwNames): void {
  const code = f.code;
  const argcount = code.argcount;
  const kwonly = code.kwonlyargcount;
  const flags = code.flags;
  const nk = kwnames === undefined ? 0 : kwnames.length;
  const npos = args.length - nk;
  const n = npos < argcount ? npos : argcount;
  for (let i = 0; i < n; i++) locals[i] = args[i];
  let slot = argcount + kwonly;
  if (flags & CodeFlags.VARARGS) {
    locals[slot++] = new PyTuple(npos > argcount ? args.slice(argcount, npos) : EMPTY.slice());
  } else if (npos > argcount) {
    throw newTypeError(`function takes ${argcount} positional arguments but ${npos} were given`);
  }
  let kwdict: PyDict | null = null;
  if (flags & CodeFlags.VARKEYWORDS) {
    kwdict = new PyDict();
    locals[slot] = kwdict;
  }
  if (nk > 0) {
    const varnames = code.varnames;
    const first = code.posonlyargcount;
    const end = argcount + kwonly;
    for (let k = 0; k < nk; k++) {
      const name = kwnames![k];
      const value = args[npos + k];
      let j = first;
      while (j < end && varnames[j] !== name) j++;
      if (j < end) {
        if (locals[j] !== undefined) throw newTypeError(`function got multiple values for argument '${name}'`);
        locals[j] = value;
      } else if (kwdict !== null) {
        kwdict.setStr(name, value);
      } else {
        throw newTypeError(`unexpected keyword argument '${name}'`);
      }
    }
  }
  if (n < argcount) fillDefaults(f, locals, npos, nk);
  if (kwonly > 0) fillKwOnly(f, locals);
}

function fillDefaults(f: PyFunction, locals: (PyValue | undefined)[], npos: number, nk: number): void {
  const code = f.code;
  const argcount = code.argcount;
  const defaults = f.defaults;
  const firstDefault = argcount - (defaults === null ? 0 : defaults.length);
  for (let i = npos; i < argcount; i++) {
    if (locals[i] !== undefined) continue;
    if (i >= firstDefault) {
      locals[i] = defaults![i - firstDefault];
      continue;
    }
    if (nk > 0) throw newTypeError(`function missing required positional argument #${i + 1}`);
    throw newTypeError(`function takes ${argcount} positional arguments but ${npos} were given`);
  }
}

function fillKwOnly(f: PyFunction, locals: (PyValue | undefined)[]): void {
  const code = f.code;
  const start = code.argcount;
  const end = start + code.kwonlyargcount;
  for (let i = start; i < end; i++) {
    if (locals[i] !== undefined) continue;
    const name = code.varnames[i];
    const d = f.kwdefaults === null ? undefined : f.kwdefaults.get(name);
    if (d === undefined) throw newTypeError(`function missing required keyword argument '${name}'`);
    locals[i] = d;
  }
}
