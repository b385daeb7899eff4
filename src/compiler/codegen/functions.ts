// Code generation for everything that makes a new code object: modules, def/async def, lambda,
// class bodies and the four comprehensions (each its own function scope, called at once with
// the first iterable, which is evaluated outside).

import * as A from '../ast';
import { Op } from '../../bytecode/opcodes';
import { CodeFlags, CodeObject } from '../../bytecode/code-object';
import { Label } from './builder';
import { Compiler, Unit } from './unit';
import { Scope } from '../scope';
import { constIdx, expr, jumpIf, loadNone, yieldFromLoop } from './expressions';
import { stmts, store } from './statements';

function docstringOf(body: A.Stmt[]): string | null {
  const first = body[0];
  if (first && first.kind === 'Expr' && first.value.kind === 'Constant' && first.value.value.type === 'str') {
    return first.value.value.value;
  }
  return null;
}

interface UnitInfo {
  scope: Scope;
  name: string;
  qualname: string;
  firstLineNo: number;
  args?: A.Arguments;
  docstring: string | null;
  extraFlags?: number;
}

/** Compiles `emitBody` as a new code object in its own unit. */
export function compileUnit(c: Compiler, info: UnitInfo, emitBody: () => void): CodeObject {
  const saved = c.unit;
  const unit = new Unit(info.scope, info.qualname);
  c.unit = unit;
  unit.b.line = info.firstLineNo;
  try {
    emitBody();
    const s = info.scope;
    const a = info.args;
    let flags = info.extraFlags ?? 0;
    if (s.isFunctionLike) flags |= CodeFlags.OPTIMIZED | CodeFlags.NEWLOCALS;
    if (a?.vararg) flags |= CodeFlags.VARARGS;
    if (a?.kwarg) flags |= CodeFlags.VARKEYWORDS;
    if (s.isGenerator && s.isCoroutine) flags |= CodeFlags.ASYNC_GENERATOR;
    else if (s.isGenerator) flags |= CodeFlags.GENERATOR;
    else if (s.isCoroutine) flags |= CodeFlags.COROUTINE;
    if (saved && saved.scope.kind !== 'module') flags |= CodeFlags.NESTED;
    const argcount = a ? a.posonlyargs.length + a.args.length : s.kind === 'comprehension' ? 1 : 0;
    const kwonly = a ? a.kwonlyargs.length : 0;
    if (s.isFunctionLike && !a?.vararg && !a?.kwarg && kwonly === 0 && s.cellvars.length === 0) {
      flags |= CodeFlags.SIMPLE_ARGS;
    }
    return unit.b.finish({
      name: info.name, qualname: info.qualname, filename: c.filename, firstLineNo: info.firstLineNo,
      varnames: s.isFunctionLike ? s.varnames : [], cellvars: s.cellvars, freevars: s.freevars,
      argcount, posonlyargcount: a ? a.posonlyargs.length : 0, kwonlyargcount: kwonly, flags,
      docstring: info.docstring,
    });
  } finally {
    c.unit = saved;
  }
}

/** Pushes the closure tuple for `code` if it has free variables; returns the MAKE_FUNCTION flag. */
function closure(c: Compiler, code: CodeObject): number {
  if (code.freevars.length === 0) return 0;
  for (const name of code.freevars) {
    const i = c.scope.derefIndex(name);
    if (i < 0 || (c.scope.cellvars.indexOf(name) < 0 && c.scope.freevars.indexOf(name) < 0)) {
      throw new Error(`codegen: free variable ${name} not found in ${c.scope.name}`);
    }
    c.b.emit(Op.LOAD_CLOSURE, i);
  }
  c.b.emit(Op.BUILD_TUPLE, code.freevars.length);
  return 8;
}

/** Evaluates defaults in the enclosing scope; returns MAKE_FUNCTION flags 1 and 2. */
function defaults(c: Compiler, args: A.Arguments): number {
  let flags = 0;
  if (args.defaults.length) {
    for (const d of args.defaults) expr(c, d);
    c.b.emit(Op.BUILD_TUPLE, args.defaults.length);
    flags |= 1;
  }
  let n = 0;
  args.kwonlyargs.forEach((a, i) => {
    const d = args.kw_defaults[i];
    if (d) {
      c.b.emit(Op.LOAD_CONST, constIdx(c, { type: 'str', value: a.arg }));
      expr(c, d);
      n++;
    }
  });
  if (n) {
    c.b.emit(Op.BUILD_MAP, n);
    flags |= 2;
  }
  return flags;
}

function makeFunction(c: Compiler, code: CodeObject, flags: number): void {
  flags |= closure(c, code);
  c.b.emit(Op.LOAD_CONST, c.b.uniqueConst(code));
  c.b.emit(Op.MAKE_FUNCTION, flags);
}

function functionBody(c: Compiler, body: A.Stmt[]): void {
  stmts(c, body);
  loadNone(c);
  c.b.emit(Op.RETURN_VALUE);
}

export function compileFunctionDef(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef): void {
  const b = c.b;
  for (const d of s.decorator_list) {
    b.emit(Op.PUSH_NULL);
    expr(c, d);
  }
  c.at(s);
  const flags = defaults(c, s.args);
  const scope = c.scopeOf(s);
  const qualname = c.childQualname(s.name);
  const doc = docstringOf(s.body);
  const firstLine = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  const code = compileUnit(c, { scope, name: s.name, qualname, firstLineNo: firstLine, args: s.args, docstring: doc }, () => {
    c.b.line = s.lineno;
    functionBody(c, doc !== null ? s.body.slice(1) : s.body);
  });
  c.at(s);
  makeFunction(c, code, flags);
  for (let i = 0; i < s.decorator_list.length; i++) b.emit(Op.CALL, 1);
  c.storeName(s.name);
}

export function compileLambda(c: Compiler, e: A.Lambda): void {
  const flags = defaults(c, e.args);
  const scope = c.scopeOf(e);
  const code = compileUnit(c, { scope, name: '<lambda>', qualname: c.childQualname('<lambda>'), firstLineNo: e.lineno, args: e.args, docstring: null }, () => {
    expr(c, e.body);
    c.b.emit(scope.isGenerator ? Op.POP_TOP : Op.RETURN_VALUE);
    if (scope.isGenerator) { loadNone(c); c.b.emit(Op.RETURN_VALUE); }
  });
  makeFunction(c, code, flags);
}

export function compileClass(c: Compiler, s: A.ClassDef): void {
  const b = c.b;
  for (const d of s.decorator_list) {
    b.emit(Op.PUSH_NULL);
    expr(c, d);
  }
  c.at(s);
  const scope = c.scopeOf(s);
  const qualname = c.childQualname(s.name);
  const doc = docstringOf(s.body);
  const code = compileUnit(c, { scope, name: s.name, qualname, firstLineNo: s.lineno, docstring: doc, extraFlags: CodeFlags.CLASS_BODY }, () => {
    const ib = c.b;
    ib.line = s.lineno;
    ib.emit(Op.LOAD_NAME, ib.nameIdx('__name__'));
    ib.emit(Op.STORE_NAME, ib.nameIdx('__module__'));
    ib.emit(Op.LOAD_CONST, constIdx(c, { type: 'str', value: qualname }));
    ib.emit(Op.STORE_NAME, ib.nameIdx('__qualname__'));
    if (doc !== null) {
      ib.emit(Op.LOAD_CONST, constIdx(c, { type: 'str', value: doc }));
      ib.emit(Op.STORE_NAME, ib.nameIdx('__doc__'));
    }
    stmts(c, doc !== null ? s.body.slice(1) : s.body);
    if (scope.hasClassCell) {
      ib.emit(Op.LOAD_CLOSURE, scope.derefIndex('__class__'));
      ib.emit(Op.STORE_NAME, ib.nameIdx('__classcell__'));
    }
    loadNone(c);
    ib.emit(Op.RETURN_VALUE);
  });
  c.at(s);
  b.emit(Op.PUSH_NULL);
  b.emit(Op.LOAD_BUILD_CLASS);
  makeFunction(c, code, 0);
  b.emit(Op.LOAD_CONST, constIdx(c, { type: 'str', value: s.name }));
  const starred = s.bases.some((x) => x.kind === 'Starred') || s.keywords.some((k) => k.arg === null);
  if (starred) throw c.error('star arguments in class bases are not supported', s);
  for (const x of s.bases) expr(c, x);
  for (const k of s.keywords) expr(c, k.value);
  if (s.keywords.length) b.emit(Op.KW_NAMES, b.uniqueConst(s.keywords.map((k) => k.arg as string)));
  b.emit(Op.CALL, 2 + s.bases.length + s.keywords.length);
  for (let i = 0; i < s.decorator_list.length; i++) b.emit(Op.CALL, 1);
  c.storeName(s.name);
}

export function compileComprehension(c: Compiler, e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
  const b = c.b;
  const scope = c.scopeOf(e);
  if (e.generators.some((g) => g.is_async)) throw c.error('asynchronous comprehensions are not supported', e);
  const code = compileUnit(c, { scope, name: scope.name, qualname: c.childQualname(scope.name), firstLineNo: e.lineno, docstring: null }, () => {
    const ib = c.b;
    ib.line = e.lineno;
    if (e.kind === 'ListComp') ib.emit(Op.BUILD_LIST, 0);
    else if (e.kind === 'SetComp') ib.emit(Op.BUILD_SET, 0);
    else if (e.kind === 'DictComp') ib.emit(Op.BUILD_MAP, 0);
    comprehensionLoop(c, e, 0);
    if (e.kind === 'GeneratorExp') loadNone(c);
    ib.emit(Op.RETURN_VALUE);
  });
  b.emit(Op.PUSH_NULL);
  makeFunction(c, code, 0);
  expr(c, e.generators[0].iter);
  b.line = e.lineno;
  b.emit(Op.GET_ITER);
  b.emit(Op.CALL, 1);
  if (scope.isCoroutine) {
    b.emit(Op.GET_AWAITABLE);
    yieldFromLoop(c);
  }
}

function comprehensionLoop(c: Compiler, e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, i: number): void {
  const b = c.b;
  const g = e.generators[i];
  if (i === 0) b.emit(Op.LOAD_FAST, 0);
  else {
    expr(c, g.iter);
    b.emit(Op.GET_ITER);
  }
  const top = new Label();
  const end = new Label();
  b.place(top);
  b.jump(Op.FOR_ITER, end);
  store(c, g.target);
  for (const cond of g.ifs) jumpIf(c, cond, false, top);
  if (i + 1 < e.generators.length) comprehensionLoop(c, e, i + 1);
  else {
    const depth = e.generators.length + 1;
    switch (e.kind) {
      case 'ListComp': expr(c, e.elt); b.emit(Op.LIST_APPEND, depth); break;
      case 'SetComp': expr(c, e.elt); b.emit(Op.SET_ADD, depth); break;
      case 'DictComp': expr(c, e.key); expr(c, e.value); b.emit(Op.MAP_ADD, depth); break;
      case 'GeneratorExp': expr(c, e.elt); b.emit(Op.YIELD_VALUE); b.emit(Op.POP_TOP); break;
    }
  }
  b.jump(Op.JUMP_BACKWARD, top);
  b.place(end);
}

/** The module (or exec/eval/single) body as a code object. */
export function compileModuleCode(c: Compiler, mod: A.Mod): CodeObject {
  const scope = c.table.top;
  const doc = mod.kind === 'Module' ? docstringOf(mod.body) : null;
  return compileUnit(c, { scope, name: '<module>', qualname: '<module>', firstLineNo: 1, docstring: doc }, () => {
    const b = c.b;
    if (mod.kind === 'Expression') {
      b.line = mod.body.lineno;
      expr(c, mod.body);
      b.emit(Op.RETURN_VALUE);
      return;
    }
    if (doc !== null) {
      const first = mod.body[0];
      c.at(first);
      b.emit(Op.LOAD_CONST, constIdx(c, { type: 'str', value: doc }));
      b.emit(Op.STORE_NAME, b.nameIdx('__doc__'));
    }
    stmts(c, doc !== null ? mod.body.slice(1) : mod.body);
    loadNone(c);
    b.emit(Op.RETURN_VALUE);
  });
}
