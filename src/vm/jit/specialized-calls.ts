// Call sites compiled for the callee their name promises, as CPython 3.11 specialises its CALL
// (CALL_NO_KW_LIST_APPEND, CALL_NO_KW_LEN, CALL_NO_KW_ISINSTANCE, CALL_NO_KW_BUILTIN_O). Where a
// call without keywords has its callee loaded as the global `len`, `ord`, `chr`, `str`, `int`,
// `isinstance` or `super`, or as the method `.append`, the compiled code checks that the callee
// is that very object and the arguments of types the shortcut covers, and does the work inline
// (`len` of anything else goes to ops.len directly). Everything else (a rebound global, a list
// subclass's own append, `ord` of two characters, a tuple of classes or a metaclass that may
// define __instancecheck__) makes the general call, which also raises the errors. A general call
// of a native costs a megamorphic dispatch through its direct entry: `out.append(c)` in a loop
// was most of the loop's work.

import type { PyValue } from '../../objects/core';

/**
 * The builtin functions the shortcuts stand for. builtins/ makes each once, shared by every
 * runtime (they keep no state), and registers it here, so that this tier need not import
 * builtins/ (which imports the whole object model) while the object model is still loading.
 */
export const shortcutTargets: { len?: PyValue; ord?: PyValue; chr?: PyValue; isinstance?: PyValue } = {};

export interface Specialization {
  /** Loaded by LOAD_METHOD (the receiver in the slot above), not LOAD_GLOBAL. */
  method: boolean;
  /** The number of arguments the call passes. */
  arity: number;
  /**
   * JS condition for the shortcut, given the call's slots: the method (or a plain call's NULL),
   * the receiver (or the callee), the arguments. It may leave an argument in `a` or `b` for the body.
   */
  guard: (first: string, second: string, args: string[]) => string;
  /** JS statements that store the call's result in `out`; `site` goes before any part that can raise. */
  body: (out: string, second: string, args: string[], site: string) => string;
}

const SPECIALIZATIONS = new Map<string, Specialization>([
  ['append', {
    method: true,
    arity: 1,
    guard: (m, self) => `${m} === LIST_APPEND && typeof ${self} === 'object' && ${self}.cls === listType`,
    body: (out, self, [arg]) => `${self}.items.push(${arg}); ${out} = None;`,
  }],
  ['len', {
    method: false,
    arity: 1,
    guard: (nul, f) => `${nul} === undefined && ${f} === lenBuiltin`,
    // A subclass may define __len__; exact lists and tuples cannot.
    body: (out, _f, [arg], site) => `a = ${arg}; if (typeof a === 'object' && ((t = a.cls) === listType || t === tupleType)) ${out} = a.items.length;`
      + ` else if (typeof a === 'string') ${out} = strLen(a); else { ${site}${out} = len(a); }`,
  }],
  ['ord', {
    method: false,
    arity: 1,
    // One UTF-16 unit is one code point, a lone surrogate included.
    guard: (nul, f, [arg]) => `${nul} === undefined && ${f} === ordBuiltin && typeof (a = ${arg}) === 'string' && a.length === 1`,
    body: (out) => `${out} = a.charCodeAt(0);`,
  }],
  ['chr', {
    method: false,
    arity: 1,
    // Ints are JS numbers only while safe integers, so a number here is integral.
    guard: (nul, f, [arg]) => `${nul} === undefined && ${f} === chrBuiltin && typeof (a = ${arg}) === 'number' && a >= 0 && a < 0x10000`,
    body: (out) => `${out} = String.fromCharCode(a);`,
  }],
  ['str', {
    method: false,
    arity: 1,
    // An int held as a JS number is a safe integer: JS writes its digits as Python does.
    guard: (nul, f, [arg]) => `${nul} === undefined && ${f} === strType && (typeof (a = ${arg}) === 'number' || typeof a === 'string')`,
    body: (out) => `${out} = typeof a === 'string' ? a : '' + a;`,
  }],
  ['int', {
    method: false,
    arity: 1,
    // A str parsed here; a failure comes back as RAISED instead of a JS throw (runtime.ts intOfStr).
    guard: (nul, f, [arg]) => `${nul} === undefined && ${f} === intType && typeof (a = ${arg}) === 'string'`,
    body: (out, _f, _args, site) => `${site}v = intOfStr(a); if (v === RAISED) { exc = st.raised; st.raised = null; break dispatch; } ${out} = v;`,
  }],
  ['isinstance', {
    method: false,
    arity: 2,
    // A class whose metaclass is `type` itself: no __instancecheck__ to consult.
    guard: (nul, f, [, cls]) => `${nul} === undefined && ${f} === isinstanceBuiltin && typeof (b = ${cls}) === 'object' && b.cls === typeType`,
    body: (out, _f, [obj]) => `${out} = (t = typeOf(${obj})) === b || t.isSubtypeOf(b);`,
  }],
  ['super', {
    method: false,
    arity: 2,
    // What the compiler makes of super() in a method: super(__class__, self) with self an instance
    // (a class as the second argument, from a classmethod or a metaclass, takes the general call).
    guard: (nul, f, [cls, obj]) => `${nul} === undefined && ${f} === superType && typeof (b = ${obj}) === 'object'`
      + ` && !(t = b.cls).isSubtypeOf(typeType) && (t === (a = ${cls}) || t.isSubtypeOf(a))`,
    body: (out) => `${out} = new PySuper(a, b, t);`,
  }],
]);

/** The shortcut for a call of `arity` arguments whose callee was loaded under `name` (by LOAD_METHOD when `method`). */
export function specializedCall(name: string | undefined, method: boolean, arity: number): Specialization | undefined {
  if (name === undefined) return undefined;
  const s = SPECIALIZATIONS.get(name);
  return s !== undefined && s.method === method && s.arity === arity ? s : undefined;
}
