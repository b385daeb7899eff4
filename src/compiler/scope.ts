// Scope analysis: decides for every name in every scope whether it is a fast local, a cell, a
// free variable, a global or a namespace (dict) name, before any code is generated.
// Also reports the semantic errors that depend on scopes (nonlocal/global misuse, yield placement).

import * as A from './ast';

export type ScopeKind = 'module' | 'function' | 'class' | 'lambda' | 'comprehension';

const DEF_LOCAL = 1;     // bound here (assignment, def, class, import, for target, del, ...)
const DEF_PARAM = 2;
const DEF_GLOBAL = 4;    // declared global
const DEF_NONLOCAL = 8;  // declared nonlocal
const USE = 16;
const DEF_COMP_ITER = 32; // a comprehension's own iteration variable

/** How the code generator accesses a name. */
export type NameAccess = 'fast' | 'deref' | 'classderef' | 'global' | 'name';

export class ScopeError {
  constructor(readonly message: string, readonly lineno: number, readonly col: number) {}
}

export class Scope {
  readonly symbols = new Map<string, number>();
  readonly children: Scope[] = [];
  /** Parameters in frame order. */
  readonly params: string[] = [];
  varnames: string[] = [];
  readonly cellvars: string[] = [];
  readonly freevars: string[] = [];
  isGenerator = false;
  isCoroutine = false;
  /** A method that uses super() or __class__: its class must provide the __class__ cell. */
  needsClassCell = false;
  /** Set on a class scope when one of its methods needs __class__. */
  hasClassCell = false;
  private resolved = new Map<string, NameAccess>();

  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly parent: Scope | null,
    readonly node: object,
    readonly lineno: number,
  ) {
    parent?.children.push(this);
  }

  get isFunctionLike(): boolean {
    return this.kind === 'function' || this.kind === 'lambda' || this.kind === 'comprehension';
  }

  add(name: string, flag: number): void {
    this.symbols.set(name, (this.symbols.get(name) ?? 0) | flag);
  }

  flags(name: string): number { return this.symbols.get(name) ?? 0; }

  access(name: string): NameAccess {
    const r = this.resolved.get(name);
    if (r !== undefined) return r;
    // A name the analysis never saw (e.g. made up by the compiler) is global or a namespace name.
    return this.isFunctionLike ? 'global' : 'name';
  }

  setAccess(name: string, a: NameAccess): void { this.resolved.set(name, a); }

  fastIndex(name: string): number { return this.varnames.indexOf(name); }

  /** Index in the frame's cell array: cellvars first, then freevars. */
  derefIndex(name: string): number {
    const i = this.cellvars.indexOf(name);
    return i >= 0 ? i : this.cellvars.length + this.freevars.indexOf(name);
  }
}

export interface ScopeTable {
  top: Scope;
  /** Scope of each FunctionDef/AsyncFunctionDef/Lambda/ClassDef/comprehension node, and the module. */
  scopes: Map<object, Scope>;
}

/** Builds and resolves the scopes of a whole module. Throws ScopeError. */
export function analyzeScopes(mod: A.Mod): ScopeTable {
  const scopes = new Map<object, Scope>();
  const top = new Scope('module', '<module>', null, mod, 1);
  scopes.set(mod, top);
  const b = new Builder(scopes);
  if (mod.kind === 'Expression') b.expr(mod.body, top);
  else b.stmts(mod.body, top);
  resolve(top);
  return { top, scopes };
}

class Builder {
  constructor(private scopes: Map<object, Scope>) {}

  stmts(list: A.Stmt[], s: Scope): void {
    for (const st of list) this.stmt(st, s);
  }

  private bind(name: string, s: Scope): void {
    const f = s.flags(name);
    if ((f & DEF_GLOBAL) === 0 && (f & DEF_NONLOCAL) === 0) s.add(name, DEF_LOCAL);
  }

  private declare(names: string[], s: Scope, node: A.Global | A.Nonlocal): void {
    const isGlobal = node.kind === 'Global';
    for (const name of names) {
      const f = s.flags(name);
      const what = isGlobal ? 'global' : 'nonlocal';
      if (f & DEF_PARAM) throw new ScopeError(`name '${name}' is parameter and ${what}`, node.lineno, node.col_offset);
      if (isGlobal && (f & DEF_NONLOCAL)) throw new ScopeError(`name '${name}' is nonlocal and global`, node.lineno, node.col_offset);
      if (!isGlobal && (f & DEF_GLOBAL)) throw new ScopeError(`name '${name}' is nonlocal and global`, node.lineno, node.col_offset);
      if (f & USE) throw new ScopeError(`name '${name}' is used prior to ${what} declaration`, node.lineno, node.col_offset);
      if (f & DEF_LOCAL) throw new ScopeError(`name '${name}' is assigned to before ${what} declaration`, node.lineno, node.col_offset);
      if (!isGlobal && s.kind === 'module') throw new ScopeError('nonlocal declaration not allowed at module level', node.lineno, node.col_offset);
      s.add(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL);
    }
  }

  private func(node: A.FunctionDef | A.AsyncFunctionDef | A.Lambda, s: Scope): void {
    const args = node.args;
    for (const d of args.defaults) this.expr(d, s);
    for (const d of args.kw_defaults) if (d) this.expr(d, s);
    // Annotations are never evaluated (see DESIGN.md), so they are not scanned either.
    if (node.kind !== 'Lambda') for (const d of node.decorator_list) this.expr(d, s);
    const name = node.kind === 'Lambda' ? '<lambda>' : node.name;
    const fs = new Scope(node.kind === 'Lambda' ? 'lambda' : 'function', name, s, node, node.lineno);
    this.scopes.set(node, fs);
    if (node.kind === 'AsyncFunctionDef') fs.isCoroutine = true;
    // Frame order: positional, keyword-only, *args, **kwargs.
    const ordered = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
    if (args.vararg) ordered.push(args.vararg);
    if (args.kwarg) ordered.push(args.kwarg);
    for (const a of ordered) {
      if (fs.flags(a.arg) & DEF_PARAM) {
        throw new ScopeError(`duplicate argument '${a.arg}' in function definition`, a.lineno, a.col_offset);
      }
      fs.add(a.arg, DEF_PARAM | DEF_LOCAL);
      fs.params.push(a.arg);
    }
    if (node.kind === 'Lambda') this.expr(node.body, fs);
    else this.stmts(node.body, fs);
  }

  stmt(st: A.Stmt, s: Scope): void {
    switch (st.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.func(st, s);
        this.bind(st.name, s);
        return;
      case 'ClassDef': {
        for (const d of st.decorator_list) this.expr(d, s);
        for (const e of st.bases) this.expr(e, s);
        for (const k of st.keywords) this.expr(k.value, s);
        const cs = new Scope('class', st.name, s, st, st.lineno);
        this.scopes.set(st, cs);
        this.stmts(st.body, cs);
        this.bind(st.name, s);
        return;
      }
      case 'Return':
        if (!s.isFunctionLike) throw new ScopeError("'return' outside function", st.lineno, st.col_offset);
        if (st.value) this.expr(st.value, s);
        return;
      case 'Delete':
        for (const t of st.targets) this.expr(t, s);
        return;
      case 'Assign':
        this.expr(st.value, s);
        for (const t of st.targets) this.expr(t, s);
        return;
      case 'AugAssign':
        this.expr(st.value, s);
        this.expr(st.target, s);
        if (st.target.kind === 'Name') s.add(st.target.id, USE);
        return;
      case 'AnnAssign':
        if (st.value) this.expr(st.value, s);
        if (st.target.kind === 'Name') {
          const f = s.flags(st.target.id);
          if (f & (DEF_GLOBAL | DEF_NONLOCAL)) {
            if (st.simple) {
              const what = f & DEF_GLOBAL ? 'global' : 'nonlocal';
              throw new ScopeError(`annotated name '${st.target.id}' can't be ${what}`, st.lineno, st.col_offset);
            }
          } else s.add(st.target.id, DEF_LOCAL);
        } else this.expr(st.target, s);
        return;
      case 'For':
      case 'AsyncFor':
        if (st.kind === 'AsyncFor') this.requireAsync(s, st, "'async for' outside async function");
        this.expr(st.iter, s);
        this.expr(st.target, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        return;
      case 'While':
      case 'If':
        this.expr(st.test, s);
        this.stmts(st.body, s);
        this.stmts(st.orelse, s);
        return;
      case 'With':
      case 'AsyncWith':
        if (st.kind === 'AsyncWith') this.requireAsync(s, st, "'async with' outside async function");
        for (const it of st.items) {
          this.expr(it.context_expr, s);
          if (it.optional_vars) this.expr(it.optional_vars, s);
        }
        this.stmts(st.body, s);
        return;
      case 'Raise':
        if (st.exc) this.expr(st.exc, s);
        if (st.cause) this.expr(st.cause, s);
        return;
      case 'Try':
      case 'TryStar':
        this.stmts(st.body, s);
        for (const h of st.handlers) {
          if (h.type) this.expr(h.type, s);
          if (h.name) this.bind(h.name, s);
          this.stmts(h.body, s);
        }
        this.stmts(st.orelse, s);
        this.stmts(st.finalbody, s);
        return;
      case 'Assert':
        this.expr(st.test, s);
        if (st.msg) this.expr(st.msg, s);
        return;
      case 'Import':
        for (const a of st.names) this.bind(a.asname ?? a.name.split('.')[0], s);
        return;
      case 'ImportFrom':
        for (const a of st.names) {
          if (a.name === '*') {
            if (s.kind !== 'module') throw new ScopeError('import * only allowed at module level', st.lineno, st.col_offset);
          } else this.bind(a.asname ?? a.name, s);
        }
        return;
      case 'Global':
      case 'Nonlocal':
        this.declare(st.names, s, st);
        return;
      case 'Expr':
        this.expr(st.value, s);
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
      default: {
        const never: never = st;
        throw new Error(`scope: unknown statement ${(never as A.Stmt).kind}`);
      }
    }
  }

  private requireAsync(s: Scope, node: A.Pos, message: string): void {
    let f: Scope | null = s;
    while (f && f.kind === 'comprehension') f = f.parent;
    if (!f || !f.isCoroutine) throw new ScopeError(message, node.lineno, node.col_offset);
  }

  private comprehension(node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, s: Scope): void {
    const gens = node.generators;
    // The first iterable is evaluated in the enclosing scope.
    this.expr(gens[0].iter, s);
    const name = { ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>' }[node.kind];
    const cs = new Scope('comprehension', name, s, node, node.lineno);
    this.scopes.set(node, cs);
    if (node.kind === 'GeneratorExp') cs.isGenerator = true;
    cs.add('.0', DEF_PARAM | DEF_LOCAL);
    cs.params.push('.0');
    let isAsync = false;
    gens.forEach((g, i) => {
      if (g.is_async) isAsync = true;
      if (i > 0) this.expr(g.iter, cs);
      this.compTarget(g.target, cs);
      for (const c of g.ifs) this.expr(c, cs);
    });
    if (node.kind === 'DictComp') {
      this.expr(node.key, cs);
      this.expr(node.value, cs);
    } else this.expr(node.elt, cs);
    if (isAsync && node.kind !== 'GeneratorExp') cs.isCoroutine = true;
  }

  private compTarget(t: A.Expr, cs: Scope): void {
    if (t.kind === 'Name') {
      cs.add(t.id, DEF_LOCAL | DEF_COMP_ITER);
      return;
    }
    if (t.kind === 'Tuple' || t.kind === 'List') {
      for (const e of t.elts) this.compTarget(e, cs);
      return;
    }
    if (t.kind === 'Starred') {
      this.compTarget(t.value, cs);
      return;
    }
    this.expr(t, cs);
  }

  expr(e: A.Expr, s: Scope): void {
    switch (e.kind) {
      case 'Name':
        if (e.ctx === 'Load') {
          s.add(e.id, USE);
          if (e.id === 'super' && s.isFunctionLike) markClassCell(s);
          if (e.id === '__class__' && s.isFunctionLike) markClassCell(s);
        } else this.bind(e.id, s);
        return;
      case 'BoolOp':
        for (const v of e.values) this.expr(v, s);
        return;
      case 'NamedExpr': {
        this.expr(e.value, s);
        // The target binds in the nearest enclosing non-comprehension scope.
        let t = s;
        while (t.kind === 'comprehension') {
          if (t.flags(e.target.id) & DEF_COMP_ITER) {
            throw new ScopeError(`assignment expression cannot rebind comprehension iteration variable '${e.target.id}'`, e.lineno, e.col_offset);
          }
          t = t.parent!;
        }
        if (t.kind === 'class' && t !== s) {
          throw new ScopeError('assignment expression within a comprehension cannot be used in a class body', e.lineno, e.col_offset);
        }
        if (t !== s) {
          // Make the name reachable from the comprehension as a free variable of the enclosing function.
          if (t.kind === 'module') {
            t.add(e.target.id, DEF_LOCAL);
            for (let c: Scope = s; c !== t; c = c.parent!) c.add(e.target.id, DEF_GLOBAL);
          } else {
            this.bind(e.target.id, t);
            for (let c: Scope = s; c !== t; c = c.parent!) c.add(e.target.id, DEF_NONLOCAL);
          }
        } else this.bind(e.target.id, s);
        return;
      }
      case 'BinOp':
        this.expr(e.left, s);
        this.expr(e.right, s);
        return;
      case 'UnaryOp':
        this.expr(e.operand, s);
        return;
      case 'Lambda':
        this.func(e, s);
        return;
      case 'IfExp':
        this.expr(e.test, s);
        this.expr(e.body, s);
        this.expr(e.orelse, s);
        return;
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(k, s);
        for (const v of e.values) this.expr(v, s);
        return;
      case 'Set':
        for (const v of e.elts) this.expr(v, s);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        this.comprehension(e, s);
        return;
      case 'Await':
        if (!s.isCoroutine && s.kind !== 'comprehension') {
          throw new ScopeError("'await' outside async function", e.lineno, e.col_offset);
        }
        if (s.kind === 'comprehension' && s.name !== '<genexpr>') s.isCoroutine = true;
        this.expr(e.value, s);
        return;
      case 'Yield':
      case 'YieldFrom':
        if (!s.isFunctionLike) throw new ScopeError("'yield' outside function", e.lineno, e.col_offset);
        if (s.kind === 'comprehension') throw new ScopeError("'yield' inside list comprehension", e.lineno, e.col_offset);
        if (e.kind === 'YieldFrom' && s.isCoroutine) throw new ScopeError("'yield from' inside async function", e.lineno, e.col_offset);
        s.isGenerator = true;
        if (e.value) this.expr(e.value, s);
        return;
      case 'Compare':
        this.expr(e.left, s);
        for (const c of e.comparators) this.expr(c, s);
        return;
      case 'Call':
        this.expr(e.func, s);
        for (const a of e.args) this.expr(a, s);
        for (const k of e.keywords) this.expr(k.value, s);
        return;
      case 'FormattedValue':
        this.expr(e.value, s);
        if (e.format_spec) this.expr(e.format_spec, s);
        return;
      case 'JoinedStr':
        for (const v of e.values) this.expr(v, s);
        return;
      case 'Constant':
        return;
      case 'Attribute':
        this.expr(e.value, s);
        return;
      case 'Subscript':
        this.expr(e.value, s);
        this.expr(e.slice, s);
        return;
      case 'Starred':
        this.expr(e.value, s);
        return;
      case 'List':
      case 'Tuple':
        for (const v of e.elts) this.expr(v, s);
        return;
      case 'Slice':
        if (e.lower) this.expr(e.lower, s);
        if (e.upper) this.expr(e.upper, s);
        if (e.step) this.expr(e.step, s);
        return;
      default: {
        const never: never = e;
        throw new Error(`scope: unknown expression ${(never as A.Expr).kind}`);
      }
    }
  }
}

function markClassCell(s: Scope): void {
  // super() and __class__ refer to the class whose body (lexically) contains the function.
  let f: Scope | null = s;
  while (f && f.kind !== 'class') {
    if (f.kind === 'function' || f.kind === 'lambda') {
      if (f.parent?.kind === 'class') {
        f.needsClassCell = true;
        f.parent.hasClassCell = true;
        f.add('__class__', USE);
        return;
      }
    }
    f = f.parent;
  }
}

// ---- resolution ----------------------------------------------------------------------------

function isBound(s: Scope, name: string): boolean {
  const f = s.flags(name);
  return (f & (DEF_LOCAL | DEF_PARAM)) !== 0 && (f & (DEF_GLOBAL | DEF_NONLOCAL)) === 0;
}

/** Finds the function scope that owns `name` for a reference from `from`, or null if global. */
function findOwner(from: Scope, name: string): Scope | null {
  for (let p = from.parent; p; p = p.parent) {
    if (p.kind === 'module') return null;
    if (p.kind === 'class') {
      if (name === '__class__' && p.hasClassCell) return p;
      continue;
    }
    const f = p.flags(name);
    if (f & DEF_GLOBAL) return null;
    if (isBound(p, name)) return p;
  }
  return null;
}

/** Marks `name` free in every scope from `from` up to (not including) `owner`, and a cell in owner. */
function capture(from: Scope, owner: Scope, name: string): void {
  for (let c: Scope | null = from; c && c !== owner; c = c.parent) {
    if (!c.freevars.includes(name)) c.freevars.push(name);
  }
  if (!owner.cellvars.includes(name)) owner.cellvars.push(name);
}

function resolve(s: Scope): void {
  // Children first: their free variables turn our locals into cells.
  for (const c of s.children) resolve(c);
  const fn = s.isFunctionLike;
  for (const [name, f] of s.symbols) {
    if (f & DEF_GLOBAL) continue;
    if (f & DEF_NONLOCAL) {
      const owner = findOwner(s, name);
      if (!owner || owner.kind === 'class') {
        throw new ScopeError(`no binding for nonlocal '${name}' found`, s.lineno, 0);
      }
      capture(s, owner, name);
      continue;
    }
    if (isBound(s, name)) continue;
    if (s.kind === 'module') continue;
    if (name === '__class__' && s.needsClassCell) {
      const owner = findOwner(s, name);
      if (owner) capture(s, owner, name);
      continue;
    }
    const owner = findOwner(s, name);
    if (owner) capture(s, owner, name);
  }
  if (s.kind === 'class' && s.hasClassCell && !s.cellvars.includes('__class__')) s.cellvars.push('__class__');
  // Decide accesses. Parameters and cell/fast ordering fixed here.
  if (fn) {
    s.varnames = [...s.params];
    for (const [name, f] of s.symbols) {
      if ((f & (DEF_LOCAL | DEF_PARAM)) && !(f & (DEF_GLOBAL | DEF_NONLOCAL)) && !s.varnames.includes(name)) {
        s.varnames.push(name);
      }
    }
  }
  for (const [name, f] of s.symbols) {
    if (s.cellvars.includes(name)) { s.setAccess(name, 'deref'); continue; }
    if (s.freevars.includes(name)) {
      s.setAccess(name, s.kind === 'class' && !isBound(s, name) ? 'classderef' : (s.kind === 'class' ? 'name' : 'deref'));
      continue;
    }
    if (f & DEF_GLOBAL) { s.setAccess(name, 'global'); continue; }
    if (fn) s.setAccess(name, isBound(s, name) ? 'fast' : 'global');
    else s.setAccess(name, 'name');
  }
}
