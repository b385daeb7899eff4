// The code generator's state: the module-wide Compiler and one Unit per code object being built
// (its builder, scope and stack of enclosing loops/try blocks), plus name load/store/delete.

import * as A from '../ast';
import { Scope, ScopeTable } from '../scope';
import { CodeBuilder, Label } from './builder';
import { Op } from '../../bytecode/opcodes';

/** A compile-time error carrying the position of the offending node. */
export class CompileError {
  constructor(readonly message: string, readonly lineno: number, readonly col: number) {}
}

/** What a break/continue/return must clean up on its way out (CPython's fblock). */
export type FBlock =
  | { kind: 'loop'; continueLabel: Label; breakLabel: Label; popsIterator: boolean }
  | { kind: 'try'; handlerCount: number }
  | { kind: 'finally'; handlerCount: number; body: A.Stmt[] }
  | { kind: 'with'; handlerCount: number; isAsync: boolean }
  | { kind: 'handler'; handlerCount: number; name: string | null }
  | { kind: 'finally-end'; handlerCount: number }
  /** A return value waiting under a finally body inlined by `return`: an exit from it drops the value. */
  | { kind: 'pop-value'; handlerCount: number };

export class Unit {
  readonly b = new CodeBuilder();
  readonly fblocks: FBlock[] = [];

  constructor(readonly scope: Scope, readonly qualname: string) {}
}

export class Compiler {
  unit!: Unit;
  /** Module-level `NAME = const(value)` bindings, folded into later uses. */
  readonly constNames = new Map<string, number | bigint>();

  constructor(
    readonly filename: string,
    readonly table: ScopeTable,
    /** REPL mode: expression statements print their value. */
    readonly interactive: boolean,
  ) {}

  get b(): CodeBuilder { return this.unit.b; }
  get scope(): Scope { return this.unit.scope; }

  error(message: string, node: A.Pos | null): CompileError {
    return new CompileError(message, node ? node.lineno : this.b.line, node ? node.col_offset + 1 : 0);
  }

  scopeOf(node: object): Scope {
    const s = this.table.scopes.get(node);
    if (!s) throw new Error('codegen: node without a scope');
    return s;
  }

  /** Makes `qualname` for a def/class/lambda nested in the current unit. */
  childQualname(name: string): string {
    const s = this.scope;
    if (s.kind === 'module') return name;
    if (s.kind === 'class') return `${this.unit.qualname}.${name}`;
    return `${this.unit.qualname}.<locals>.${name}`;
  }

  loadName(name: string): void {
    const b = this.b;
    const s = this.scope;
    const folded = this.constNames.get(name);
    const access = s.access(name);
    if (folded !== undefined && (access === 'global' || (access === 'name' && s.kind === 'module'))) {
      b.emit(Op.LOAD_CONST, b.constIndex(folded));
      return;
    }
    switch (access) {
      case 'fast': b.emit(Op.LOAD_FAST, s.fastIndex(name)); return;
      case 'deref': b.emit(Op.LOAD_DEREF, s.derefIndex(name)); return;
      case 'classderef': b.emit(Op.LOAD_CLASSDEREF, s.derefIndex(name), b.nameIdx(name)); return;
      case 'global': b.emit(Op.LOAD_GLOBAL, b.nameIdx(name)); return;
      case 'name': b.emit(Op.LOAD_NAME, b.nameIdx(name)); return;
      default: { const never: never = access; throw new Error(never); }
    }
  }

  storeName(name: string): void {
    const b = this.b;
    const s = this.scope;
    const access = s.access(name);
    switch (access) {
      case 'fast': b.emit(Op.STORE_FAST, s.fastIndex(name)); return;
      case 'deref': b.emit(Op.STORE_DEREF, s.derefIndex(name)); return;
      case 'classderef': b.emit(Op.STORE_NAME, b.nameIdx(name)); return;
      case 'global': b.emit(s.kind === 'module' ? Op.STORE_NAME : Op.STORE_GLOBAL, b.nameIdx(name)); return;
      case 'name': b.emit(Op.STORE_NAME, b.nameIdx(name)); return;
      default: { const never: never = access; throw new Error(never); }
    }
  }

  deleteName(name: string): void {
    const b = this.b;
    const s = this.scope;
    const access = s.access(name);
    switch (access) {
      case 'fast': b.emit(Op.DELETE_FAST, s.fastIndex(name)); return;
      case 'deref': b.emit(Op.DELETE_DEREF, s.derefIndex(name)); return;
      case 'classderef': b.emit(Op.DELETE_NAME, b.nameIdx(name)); return;
      case 'global': b.emit(s.kind === 'module' ? Op.DELETE_NAME : Op.DELETE_GLOBAL, b.nameIdx(name)); return;
      case 'name': b.emit(Op.DELETE_NAME, b.nameIdx(name)); return;
      default: { const never: never = access; throw new Error(never); }
    }
  }

  /** Sets the line for the instructions that follow. */
  at(node: A.Pos): void {
    this.b.line = node.lineno;
  }
}
