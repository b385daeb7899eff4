// Source text → tokens, split the way CPython's tokenizer splits them: INDENT/DEDENT from leading
// whitespace, NEWLINE only at the end of logical lines, each string literal (f-strings included)
// one STRING token. An error ends the token list with an ERROR token; the parser raises it only
// when it gets there, so an earlier syntax error wins as in CPython.
import { KEYWORDS, T, Token } from './tokens';
import { PySyntaxError, SyntaxErrorType } from './syntax-error';

export interface TokenizeResult {
  tokens: Token[];
  /** Source lines without line endings, for error messages. */
  lines: string[];
  /** The error behind the final ERROR token, if any. */
  error: PySyntaxError | null;
  /** The innermost bracket still open at the end of the source. */
  unclosed: { ch: string; line: number; col: number } | null;
  /** Index of the first token produced at the end of the source (NEWLINE, DEDENT or ENDMARKER). */
  eofStart: number;
  /**
   * Whether `error` replaces an earlier parser error, as CPython's errors raised directly by its
   * tokenizer do; indentation and line-continuation errors are only status codes there, and don't.
   */
  errorOverrides: boolean;
}

const OPS3 = ['**=', '//=', '>>=', '<<=', '...'];
const OPS2 = [
  '**', '//', '>>', '<<', '<=', '>=', '==', '!=', '->', '+=', '-=', '*=', '/=', '%=', '&=', '|=',
  '^=', '@=', ':=',
];
// Operators indexed by their first character code, longest first, so that scanning one costs a
// few comparisons and the token value is a shared constant string rather than a fresh slice.
const OPS_BY_FIRST: (string[] | undefined)[] = new Array(128).fill(undefined);
for (const op of [...OPS3, ...OPS2, ...'+-*/%@&|^~<>()[]{},:;.=!']) (OPS_BY_FIRST[op.charCodeAt(0)] ??= []).push(op);

function operatorAt(src: string, i: number, c: number): string {
  const candidates = c < 128 ? OPS_BY_FIRST[c] : undefined;
  if (candidates !== undefined) {
    const c1 = src.charCodeAt(i + 1);
    for (let k = 0; k < candidates.length; k++) {
      const op = candidates[k];
      const len = op.length;
      if (len === 1) return op;
      if (c1 === op.charCodeAt(1) && (len === 2 || src.charCodeAt(i + 2) === op.charCodeAt(2))) return op;
    }
  }
  return src[i];
}
const CLOSER_OF: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
/** CPython's limit on bracket nesting. */
const MAX_NESTING = 200;
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);
// After a number these words may follow without a space (`1if x else y`); CPython only warns.
const KEYWORDS_AFTER_NUMBER = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'];

const ID_START = /^[\p{ID_Start}_]$/u;
const ID_CONTINUE = /^[\p{ID_Continue}\u00b7]$/u;
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Z}\p{Co}\p{Cn}\p{Cs}]$/u;

/** A tokenizer error unwinding to `tokenize`, which turns it into the ERROR token. */
class Stop {
  constructor(readonly error: PySyntaxError) {}
}

function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isAsciiIdContinue(c: number): boolean {
  return isAsciiIdStart(c) || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function tokenize(source: string, filename: string): TokenizeResult {
  return new Scanner(source, filename).run();
}

/**
 * The scanning state. A class with small methods rather than one function with closures: V8
 * compiles small methods much faster than one huge function, which matters on a cold start.
 */
class Scanner {
  readonly src: string;
  readonly n: number;
  readonly lines: string[];
  readonly toks: Token[] = [];
  readonly indents = [0];
  readonly altIndents = [0];
  readonly brackets: { ch: string; line: number; col: number }[] = [];
  readonly names = new Map<string, { word: string; type: T }>();
  /** Column of a comment seen on the current line, or -1. */
  commentCol = -1;
  i = 0;
  line = 1;
  lineStart = 0;
  atLineStart = true;
  lineHasTokens = false;

  constructor(source: string, readonly filename: string) {
    let src = source;
    if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
    if (src.indexOf('\r') >= 0) src = src.replace(/\r\n?/g, '\n');
    this.src = src;
    this.n = src.length;
    this.lines = src.split('\n');
  }

  run(): TokenizeResult {
    let error: PySyntaxError | null = null;
    let eofStart = 0;
    try {
      while (this.i < this.n || this.atLineStart) {
        if (!this.step()) break;
      }
      eofStart = this.toks.length;
      this.finish();
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      error = e.error;
      this.toks.push({ type: T.ERROR, value: '', line: error.lineno, col: error.offset - 1, endLine: error.lineno, endCol: error.offset - 1, depth: this.brackets.length });
    }
    const b = this.brackets;
    const unclosed = error === null && b.length > 0 ? b[b.length - 1] : null;
    const errorOverrides = error !== null && error.type === 'SyntaxError' && !error.msg.startsWith('unexpected character after line continuation') && error.msg !== 'unexpected EOF while parsing';
    return { tokens: this.toks, lines: this.lines, error, unclosed, eofStart: error === null ? eofStart : this.toks.length, errorOverrides };
  }

  /** Scans one token or piece of whitespace; false at the end of the source. */
  private step(): boolean {
    const src = this.src;
    if (this.atLineStart) {
      this.atLineStart = false;
      if (!this.indentation()) {
        // Skip the rest of a blank or comment-only line.
        let i = this.i;
        while (i < this.n && src.charCodeAt(i) !== 10) i++;
        if (i >= this.n) {
          this.i = i;
          return false;
        }
        this.i = i + 1;
        this.line++;
        this.lineStart = this.i;
        this.atLineStart = true;
        return true;
      }
    }
    // Spaces between tokens are skipped here in one loop rather than one call each.
    let i = this.i;
    let c = src.charCodeAt(i);
    while (c === 32 || c === 9 || c === 12) c = src.charCodeAt(++i);
    this.i = i;
    if (i >= this.n) return false;
    if (c === 35) {
      const nl = src.indexOf('\n', i);
      this.commentCol = i - this.lineStart;
      this.i = nl < 0 ? this.n : nl;
    } else if (c === 10) {
      if (this.brackets.length === 0 && this.lineHasTokens) {
        this.pushNewline(i - this.lineStart);
        this.lineHasTokens = false;
        this.atLineStart = true;
      }
      this.i++;
      this.line++;
      this.lineStart = this.i;
      this.commentCol = -1;
    } else if (isAsciiIdStart(c)) {
      this.scanName();
    } else if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(i + 1)))) {
      const j = this.scanNumber(i);
      this.push(T.NUMBER, src.slice(i, j), this.line, i - this.lineStart, this.line, j - this.lineStart);
      this.i = j;
    } else if (c === 39 || c === 34) {
      this.scanString(i, i);
    } else if (c === 92) {
      this.continuation();
    } else {
      this.scanOther(c);
    }
    return true;
  }

  /** NEWLINE at column `col`; CPython starts it at a comment ending the line, if there is one. */
  private pushNewline(col: number): void {
    if (this.commentCol >= 0) this.push(T.NEWLINE, '', this.line, this.commentCol, this.line, col);
    else this.push(T.NEWLINE, '', this.line, col, this.line, col + 1);
  }

  /** A backslash: only a line continuation is allowed. */
  private continuation(): void {
    const i = this.i;
    const col = i - this.lineStart;
    const next = this.src.charCodeAt(i + 1);
    if (i + 1 >= this.n || (next === 10 && i + 2 >= this.n)) this.fail('SyntaxError', 'unexpected EOF while parsing', this.line, col + 2, -1);
    if (next !== 10) this.fail('SyntaxError', 'unexpected character after line continuation character', this.line, col + 2, 0);
    this.i = i + 2;
    this.line++;
    this.lineStart = this.i;
  }

  /** NEWLINE for an unfinished last line, then DEDENTs and ENDMARKER. */
  private finish(): void {
    const col = this.i - this.lineStart;
    if (this.lineHasTokens) this.pushNewline(col);
    // CPython places the end-of-input tokens at the end of the last line.
    const eofLine = this.n > 0 && this.src.charCodeAt(this.n - 1) === 10 ? this.line - 1 : this.line;
    const eofCol = eofLine > 0 ? this.lines[eofLine - 1].length : 0;
    for (let k = this.indents.length - 1; k > 0; k--) this.push(T.DEDENT, '', eofLine, eofCol, eofLine, eofCol);
    this.toks.push({ type: T.ENDMARKER, value: '', line: eofLine, col: eofCol, endLine: eofLine, endCol: eofCol, depth: this.brackets.length });
  }

  private fail(type: SyntaxErrorType, msg: string, l: number, offset: number, endOffset = offset): never {
    throw new Stop(new PySyntaxError(type, msg, this.filename, l, offset, this.lines[l - 1] ?? '', l, endOffset, true));
  }
  private push(type: T, value: string, l: number, c: number, el: number, ec: number): void {
    this.toks.push({ type, value, line: l, col: c, endLine: el, endCol: ec, depth: this.brackets.length });
    this.lineHasTokens = true;
  }
  // Leading whitespace of a logical line: tabs advance to the next multiple of 8; the "alt"
  // column counts a tab as 1, and the two must agree on every comparison (else TabError).
  private indentation(): boolean {
    let col = 0;
    let alt = 0;
    let j = this.i;
    for (;;) {
      const c = this.src.charCodeAt(j);
      if (c === 32) { col++; alt++; } else if (c === 9) { col = (col >> 3 << 3) + 8; alt++; } else if (c === 12) { col = alt = 0; } else break;
      j++;
    }
    const c = this.src.charCodeAt(j);
    if (c === 35 || c === 10 || j >= this.n) {
      this.i = j;  // blank or comment-only line: indentation means nothing
      return false;
    }
    const width = j - this.lineStart;
    let top = this.indents.length - 1;
    if (col > this.indents[top]) {
      if (alt <= this.altIndents[top]) this.fail('TabError', 'inconsistent use of tabs and spaces in indentation', this.line, 1, 0);
      this.indents.push(col);
      this.altIndents.push(alt);
      this.push(T.INDENT, '', this.line, 0, this.line, width);
    } else if (col < this.indents[top]) {
      // Checked before any DEDENT is produced: CPython fails on the line's first token.
      let target = top;
      while (target > 0 && col < this.indents[target]) target--;
      if (col !== this.indents[target]) {
        this.fail('IndentationError', 'unindent does not match any outer indentation level', this.line, this.lines[this.line - 1].length + 1, -1);
      }
      if (alt !== this.altIndents[target]) this.fail('TabError', 'inconsistent use of tabs and spaces in indentation', this.line, 1, 0);
      for (; top > target; top--) {
        this.indents.pop();
        this.altIndents.pop();
        this.push(T.DEDENT, '', this.line, width, this.line, width);
      }
    } else if (alt !== this.altIndents[top]) {
      this.fail('TabError', 'inconsistent use of tabs and spaces in indentation', this.line, 1, 0);
    }
    this.i = j;
    return true;
  }
  private numberError(kind: string, at: number): never {
    return this.fail('SyntaxError', `invalid ${kind} literal`, this.line, at - this.lineStart);
  }

  // Digits with single underscores between them, starting at `j` (which must be a digit).
  private decimalTail(j: number): number {
    for (;;) {
      while (isDigit(this.src.charCodeAt(j))) j++;
      if (this.src.charCodeAt(j) !== 95) return j;
      if (!isDigit(this.src.charCodeAt(j + 1))) this.numberError('decimal', j + 1);
      j++;
    }
  }
  // A number may not run straight into a name, except the few keywords CPython tolerates.
  private checkNumberEnd(j: number, kind: string): void {
    if (!isAsciiIdContinue(this.src.charCodeAt(j))) return;
    for (const kw of KEYWORDS_AFTER_NUMBER) {
      // A whole keyword only (`1if`, not `1iffy`).
      if (this.src.startsWith(kw, j) && !isAsciiIdContinue(this.src.charCodeAt(j + kw.length))) return;
    }
    this.numberError(kind, j);
  }
  private scanNumber(start: number): number {
    let j = start;
    const c0 = this.src.charCodeAt(j);
    if (c0 === 48) {
      const x = this.src.charCodeAt(j + 1) | 32;
      const radix = x === 120 ? 16 : x === 111 ? 8 : x === 98 ? 2 : 0;
      if (radix) {
        const kind = radix === 16 ? 'hexadecimal' : radix === 8 ? 'octal' : 'binary';
        j += 2;
        const isRadixDigit = (c: number): boolean => radix === 16
          ? isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 102)
          : c >= 48 && c < 48 + radix;
        const badDigit = (k: number): never => this.fail('SyntaxError', `invalid digit '${this.src[k]}' in ${kind} literal`, this.line, k - this.lineStart + 1);
        if (this.src.charCodeAt(j) === 95) j++;
        for (;;) {
          const c = this.src.charCodeAt(j);
          if (!isRadixDigit(c)) {
            if (radix !== 16 && isDigit(c)) badDigit(j);
            this.numberError(kind, j);
          }
          while (isRadixDigit(this.src.charCodeAt(j))) j++;
          if (this.src.charCodeAt(j) !== 95) break;
          j++;
        }
        if (radix !== 16 && isDigit(this.src.charCodeAt(j))) badDigit(j);
        this.checkNumberEnd(j, kind);
        return j;
      }
    }
    let isFloat = false;
    if (c0 !== 46) j = this.decimalTail(j);
    const intEnd = j;
    if (this.src.charCodeAt(j) === 46) {
      isFloat = true;
      j++;
      if (isDigit(this.src.charCodeAt(j))) j = this.decimalTail(j);
    }
    if ((this.src.charCodeAt(j) | 32) === 101) {
      const sign = this.src.charCodeAt(j + 1);
      const k = sign === 43 || sign === 45 ? j + 2 : j + 1;
      if (isDigit(this.src.charCodeAt(k))) {
        isFloat = true;
        j = this.decimalTail(k);
      } else if (k === j + 2) {
        this.numberError('decimal', k);
      } else {
        this.checkNumberEnd(j, 'decimal');  // an `e` starting no exponent: `1e`, `07e`
      }
    }
    if ((this.src.charCodeAt(j) | 32) === 106) {
      j++;
      this.checkNumberEnd(j, 'imaginary');
      return j;
    }
    if (!isFloat && c0 === 48) {
      // "0", "00", "0_0" are fine; any other digit after a leading zero is not.
      for (let k = start; k < intEnd; k++) {
        const c = this.src.charCodeAt(k);
        if (c !== 48 && c !== 95) {
          this.fail('SyntaxError', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            this.line, start - this.lineStart + 1, intEnd - this.lineStart + 1);
        }
      }
    }
    this.checkNumberEnd(j, 'decimal');
    return j;
  }
  // The string literal whose prefix starts at `start` and opening quote sits at `q`.
  private scanString(start: number, q: number): void {
    const startLine = this.line;
    const startCol = start - this.lineStart;
    const quote = this.src.charCodeAt(q);
    const triple = this.src.charCodeAt(q + 1) === quote && this.src.charCodeAt(q + 2) === quote;
    let j = triple ? q + 3 : q + 1;
    for (;;) {
      if (j >= this.n) {
        // The line CPython counts at the end: a final line break ends the last line.
        const at = this.src.charCodeAt(this.n - 1) === 10 ? this.line - 1 : this.line;
        const what = triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
        this.fail('SyntaxError', `${what} (detected at line ${at})`, startLine, startCol + 1);
      }
      const c = this.src.charCodeAt(j);
      if (c === quote) {
        if (!triple) { j++; break; }
        if (this.src.charCodeAt(j + 1) === quote && this.src.charCodeAt(j + 2) === quote) { j += 3; break; }
        j++;
      } else if (c === 92) {
        if (this.src.charCodeAt(j + 1) === 10) { this.line++; this.lineStart = j + 2; }
        j += 2;
      } else if (c === 10) {
        if (!triple) this.fail('SyntaxError', `unterminated string literal (detected at line ${this.line})`, startLine, startCol + 1);
        this.line++;
        this.lineStart = j + 1;
        j++;
      } else {
        // Columns count code points: a surrogate pair moves the line start instead of the column.
        if (c >= 0xd800 && c <= 0xdbff) this.lineStart++;
        j++;
      }
    }
    this.push(T.STRING, this.src.slice(start, j), startLine, startCol, this.line, j - this.lineStart);
    this.i = j;
  }
  private scanName(): void {
    const start = this.i;
    const startCol = start - this.lineStart;
    let j = this.i;
    let ascii = true;
    for (;;) {
      const c = this.src.charCodeAt(j);
      if (isAsciiIdContinue(c)) { j++; continue; }
      if (c < 128 || j >= this.n) break;
      const cp = this.src.codePointAt(j)!;
      const ch = String.fromCodePoint(cp);
      if (!ID_CONTINUE.test(ch)) break;
      ascii = false;
      j += ch.length;
      if (ch.length === 2) this.lineStart++;
    }
    const q = this.src.charCodeAt(j);
    if ((q === 39 || q === 34) && j - start <= 2 && STRING_PREFIXES.has(this.src.slice(start, j).toLowerCase())) {
      this.scanString(start, j);
      return;
    }
    let word = this.src.slice(start, j);
    if (!ascii) word = word.normalize('NFKC');
    // One lookup gives the token type and one shared string per distinct name: the slices die
    // young, and fewer strings survive into the AST.
    let known = this.names.get(word);
    if (known === undefined) {
      known = { word, type: KEYWORDS.has(word) ? T.KEYWORD : T.NAME };
      this.names.set(word, known);
    }
    this.push(known.type, known.word, this.line, startCol, this.line, j - this.lineStart);
    this.i = j;
  }
  private scanOther(c: number): void {
    const col = this.i - this.lineStart;
    if (c >= 128) {
      const ch = String.fromCodePoint(this.src.codePointAt(this.i)!);
      if (ID_START.test(ch)) { this.scanName(); return; }
      const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      if (NON_PRINTABLE.test(ch)) this.fail('SyntaxError', `invalid non-printable character U+${hex}`, this.line, col + 1);
      this.fail('SyntaxError', `invalid character '${ch}' (U+${hex})`, this.line, col + 1);
    }
    if (c < 32 || c === 127) {
      this.fail('SyntaxError', `invalid non-printable character U+${c.toString(16).toUpperCase().padStart(4, '0')}`, this.line, col + 1);
    }
    const op = operatorAt(this.src, this.i, c);
    if (op === '(' || op === '[' || op === '{') {
      if (this.brackets.length >= MAX_NESTING) this.fail('SyntaxError', 'too many nested parentheses', this.line, col + 1);
      this.push(T.OP, op, this.line, col, this.line, col + 1);
      this.brackets.push({ ch: op, line: this.line, col });
    } else if (op === ')' || op === ']' || op === '}') {
      const open = this.brackets.pop();
      if (open === undefined) return this.fail('SyntaxError', `unmatched '${op}'`, this.line, col + 1);
      if (open.ch !== CLOSER_OF[op]) {
        const where = open.line === this.line ? '' : ` on line ${open.line}`;
        this.fail('SyntaxError', `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'${where}`, this.line, col + 1);
      }
      this.toks.push({ type: T.OP, value: op, line: this.line, col, endLine: this.line, endCol: col + 1, depth: this.brackets.length + 1 });
      this.lineHasTokens = true;
    } else {
      this.push(T.OP, op, this.line, col, this.line, col + op.length);
    }
    this.i += op.length;
  }
}
