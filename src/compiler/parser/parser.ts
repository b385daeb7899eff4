// The parser's state: a cursor over the token list, node-position helpers, and error reporting
// that reproduces CPython 3.11's wording and locations for the common mistakes.
import type * as ast from '../ast';
import { PySyntaxError, SyntaxErrorType } from '../syntax-error';
import { T, Token } from '../tokens';
import type { TokenizeResult } from '../tokenizer';

/** Start of a node: the line and column of its first token. */
export interface Start {
  line: number;
  col: number;
}

export class Parser {
  readonly toks: Token[];
  pos = 0;
  /** The furthest token index looked at, which decides CPython's "never closed" override. */
  maxPos = 0;
  /** The current (not yet consumed) token. */
  tok: Token;
  /** The last consumed token; node ends come from it. */
  prev: Token;
  /** The outermost expression most recently completed; error hints look at it. */
  lastExpr: ast.Expr | null = null;
  /** The token that ended lastExpr (a closing parenthesis, for a parenthesized one). */
  lastExprEnd: Token | null = null;
  /** Whether lastExpr was parsed where a named expression (`x := v`) may stand. */
  lastExprNamed = false;
  /** Nesting of tryParse: a probe that fails gives no hints of its own (and cannot recurse). */
  private probing = 0;
  /** The expression parsers error hints try, in order (see probe); set by parse.ts. */
  probes: readonly ((p: Parser) => ast.Expr)[] = [];

  constructor(readonly tz: TokenizeResult, readonly filename: string) {
    this.toks = tz.tokens;
    this.tok = this.toks[0];
    this.prev = this.tok;
    if (this.tok.type === T.ERROR) throw tz.error;
  }

  advance(): Token {
    const t = this.tok;
    this.prev = t;
    this.tok = this.toks[++this.pos];
    if (this.pos > this.maxPos) this.maxPos = this.pos;
    if (this.tok.type === T.ERROR) throw this.tz.error;
    return t;
  }

  /** Rewinds to an earlier position (error probes, and `with (` tried as parenthesized items). */
  reset(pos: number): void {
    this.pos = pos;
    this.tok = this.toks[pos];
    this.prev = this.toks[pos > 0 ? pos - 1 : 0];
  }

  peek(k = 1): Token {
    const at = Math.min(this.pos + k, this.toks.length - 1);
    if (at > this.maxPos) this.maxPos = at;
    return this.toks[at];
  }

  /** Records `e`, just parsed, as the expression error hints look at. */
  completed(e: ast.Expr, named: boolean): void {
    this.lastExpr = e;
    this.lastExprEnd = this.prev;
    this.lastExprNamed = named;
  }

  /** Token-type test as a call, so TS does not keep a narrowing of `tok` across `advance()`. */
  at(type: T): boolean {
    return this.tok.type === type;
  }

  /** The token `k` ahead, for decisions CPython makes without reading it (not counted in maxPos). */
  look(k = 1): Token {
    return this.toks[Math.min(this.pos + k, this.toks.length - 1)];
  }

  isOp(v: string): boolean {
    return this.tok.type === T.OP && this.tok.value === v;
  }

  isKw(v: string): boolean {
    return this.tok.type === T.KEYWORD && this.tok.value === v;
  }

  eatOp(v: string): boolean {
    if (this.tok.type === T.OP && this.tok.value === v) {
      this.advance();
      return true;
    }
    return false;
  }

  eatKw(v: string): boolean {
    if (this.tok.type === T.KEYWORD && this.tok.value === v) {
      this.advance();
      return true;
    }
    return false;
  }

  expectOp(v: string): Token {
    if (this.tok.type !== T.OP || this.tok.value !== v) this.invalidSyntax();
    return this.advance();
  }

  expectKw(v: string): Token {
    if (this.tok.type !== T.KEYWORD || this.tok.value !== v) this.invalidSyntax();
    return this.advance();
  }

  expectName(): string {
    if (this.tok.type !== T.NAME) this.invalidSyntax();
    return this.advance().value;
  }

  /** Where the next node starts: the current token itself, so that no object is allocated. */
  start(): Start {
    return this.tok;
  }

  /** Position fields of a node that began at `s` and ends with the last consumed token. */
  pos4(s: Start): ast.Pos {
    return { lineno: s.line, col_offset: s.col, end_lineno: this.prev.endLine, end_col_offset: this.prev.endCol };
  }

  error(msg: string, line: number, col: number, endLine: number, endCol: number, type: SyntaxErrorType = 'SyntaxError'): never {
    return this.raise(new PySyntaxError(type, msg, this.filename, line, col + 1, this.tz.lines[line - 1] ?? '', endLine, endCol + 1));
  }

  /**
   * Throws a parser error the way CPython settles it: after a parse failure CPython tokenizes
   * the rest of the source, and a tokenizer error found there wins; so does a bracket still
   * open at the end of the source, if it was opened on a line before the furthest token the
   * parser had read (reading up to the end of the source counts as later).
   */
  raise(err: PySyntaxError): never {
    if (this.probing > 0) throw err;
    if (this.tz.error !== null && this.tz.errorOverrides) throw this.tz.error;
    const u = this.tz.unclosed;
    if (u !== null && (this.maxPos >= this.tz.eofStart || u.line < this.toks[this.maxPos].line)) {
      throw new PySyntaxError('SyntaxError', `'${u.ch}' was never closed`, this.filename, u.line, u.col + 1, this.tz.lines[u.line - 1] ?? '', u.line, u.col + 2);
    }
    throw err;
  }

  errorAtNode(msg: string, n: ast.Pos): never {
    return this.error(msg, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
  }

  errorAtToken(msg: string, t: Token = this.tok): never {
    return this.error(msg, t.line, t.col, t.endLine, t.endCol);
  }

  /**
   * The generic failure at the current token, refined the way CPython refines it: an unexpected
   * indent, then the hints of hintAfter, then "invalid syntax" (which raise() may still replace).
   */
  invalidSyntax(): never {
    const t = this.tok;
    if (t.type === T.INDENT) {
      // CPython reports this at once, without looking at the rest of the source.
      throw new PySyntaxError('IndentationError', 'unexpected indent', this.filename, t.line, t.endCol, this.tz.lines[t.line - 1] ?? '', t.line, -1);
    }
    // The plain error goes to the furthest token read before any hint was tried (CPython's
    // first parsing pass); the hints may read further, which counts for "never closed".
    const far = this.toks[this.maxPos];
    const a = this.lastExpr;
    if (this.probing === 0 && a !== null && this.lastExprEnd === this.prev) this.hintAfter(a);
    if (far.type === T.NEWLINE || far.type === T.ENDMARKER) this.error('invalid syntax', far.line, far.col, far.line, far.col);
    return this.errorAtToken('invalid syntax', far);
  }

  /** CPython's hints after the expression `a`: `=` for `==`, `print x`, a missing comma. */
  private hintAfter(a: ast.Expr): void {
    const t = this.tok;
    if (t.type === T.OP && t.value === '=') {
      if (!this.lastExprNamed || this.look().type === T.ERROR) return;
      const pos = this.pos;
      this.advance();
      const b = this.probe();
      const follows = this.isOp('=') || this.isOp(':=');
      this.reset(pos);
      if (b === null || follows) return;
      if (a.kind === 'Name') {
        this.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
      }
      if (isBitwiseOrLevel(a) && !isExcludedFromEqualsHint(a)) {
        this.errorAtNode(`cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`, a);
      }
      return;
    }
    if (!startsExpression(t)) return;
    const pos = this.pos;
    const b = this.probe();
    this.reset(pos);
    if (a.kind === 'Name' && (a.id === 'print' || a.id === 'exec') && t.depth === 0) {
      const end = b ?? a;
      this.error(`Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`, a.lineno, a.col_offset, end.end_lineno, end.end_col_offset);
    }
    if (t.depth === 0) return;
    // CPython skips the hint when `a` is a name glued to a string (a legacy prefix) or a soft keyword.
    if (a.kind === 'Name' && (t.type === T.STRING || a.id === 'match' || a.id === 'case' || a.id === '_')) return;
    if (b !== null) {
      this.error('invalid syntax. Perhaps you forgot a comma?', a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
    }
  }

  /**
   * The expression starting at the current token, for a hint. CPython's grammar settles for the
   * longest piece that parses, so a full expression, then a disjunction, then one operand.
   */
  private probe(): ast.Expr | null {
    for (const parse of this.probes) {
      const e = this.tryParse(parse);
      if (e !== null) return e;
    }
    return null;
  }

  /** Runs `fn` for an error hint: its result, or null if it fails; never moves the cursor. */
  tryParse<R>(fn: (p: Parser) => R): R | null {
    const { lastExpr, lastExprEnd, lastExprNamed, pos } = this;
    let failure: PySyntaxError;
    this.probing++;
    try {
      return fn(this);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      failure = e;
    } finally {
      this.probing--;
      this.lastExpr = lastExpr;
      this.lastExprEnd = lastExprEnd;
      this.lastExprNamed = lastExprNamed;
      this.reset(pos);
    }
    // Only a plain failure means "does not parse"; a specific error (a tokenizer error, a bad
    // f-string, …) is raised as it would be anywhere else, as CPython's second pass does.
    if (failure.msg === 'invalid syntax' && failure !== this.tz.error) return null;
    if (failure === this.tz.error) throw failure;
    return this.raise(failure);
  }
}

/** Whether `t` can begin an expression (not counting `*`, `yield`). */
export function startsExpression(t: Token): boolean {
  switch (t.type) {
    case T.NAME: case T.NUMBER: case T.STRING: return true;
    case T.KEYWORD: return t.value === 'None' || t.value === 'True' || t.value === 'False' || t.value === 'not' || t.value === 'lambda' || t.value === 'await';
    case T.OP: return t.value === '(' || t.value === '[' || t.value === '{' || t.value === '-' || t.value === '+' || t.value === '~' || t.value === '...';
    default: return false;
  }
}

/** Whether `t` can begin a star_expression (an expression or `*x`). */
export function startsStarExpression(t: Token): boolean {
  return startsExpression(t) || (t.type === T.OP && t.value === '*');
}

/** Nodes the `bitwise_or` grammar level can produce (no boolean ops, comparisons, if-else, lambda). */
export function isBitwiseOrLevel(e: ast.Expr): boolean {
  switch (e.kind) {
    case 'BoolOp': case 'Compare': case 'IfExp': case 'Lambda': case 'NamedExpr': case 'Starred': case 'Yield': case 'YieldFrom':
      return false;
    case 'UnaryOp':
      return e.op !== 'Not';
    default:
      return true;
  }
}

// CPython's `=`-for-`==` hint skips displays and the three named constants.
function isExcludedFromEqualsHint(e: ast.Expr): boolean {
  if (e.kind === 'List' || e.kind === 'Tuple' || e.kind === 'GeneratorExp') return true;
  return e.kind === 'Constant' && (e.value.type === 'None' || e.value.type === 'bool');
}

/** How CPython names an expression in "cannot assign to …" messages. */
export function exprName(e: ast.Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
    case 'Constant':
      switch (e.value.type) {
        case 'None': return 'None';
        case 'bool': return e.value.value ? 'True' : 'False';
        case 'Ellipsis': return 'ellipsis';
        default: return 'literal';
      }
    default: {
      const never: never = e;
      return never;
    }
  }
}
