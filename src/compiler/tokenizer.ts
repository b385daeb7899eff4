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
  let src = source;
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  if (src.indexOf('\r') >= 0) src = src.replace(/\r\n?/g, '\n');
  const lines = src.split('\n');
  const n = src.length;
  const toks: Token[] = [];
  const indents = [0];
  const altIndents = [0];
  const brackets: { ch: string; line: number; col: number }[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let atLineStart = true;
  let lineHasTokens = false;

  const fail = (type: SyntaxErrorType, msg: string, l: number, offset: number, endOffset = offset): never => {
    throw new Stop(new PySyntaxError(type, msg, filename, l, offset, lines[l - 1] ?? '', l, endOffset));
  };
  const push = (type: T, value: string, l: number, c: number, el: number, ec: number): void => {
    toks.push({ type, value, line: l, col: c, endLine: el, endCol: ec, depth: brackets.length });
    lineHasTokens = true;
  };

  // Leading whitespace of a logical line: tabs advance to the next multiple of 8; the "alt"
  // column counts a tab as 1, and the two must agree on every comparison (else TabError).
  const indentation = (): boolean => {
    let col = 0;
    let alt = 0;
    let j = i;
    for (;;) {
      const c = src.charCodeAt(j);
      if (c === 32) { col++; alt++; } else if (c === 9) { col = (col >> 3 << 3) + 8; alt++; } else if (c === 12) { col = alt = 0; } else break;
      j++;
    }
    const c = src.charCodeAt(j);
    if (c === 35 || c === 10 || j >= n) {
      i = j;  // blank or comment-only line: indentation means nothing
      return false;
    }
    const width = j - lineStart;
    let top = indents.length - 1;
    if (col > indents[top]) {
      if (alt <= altIndents[top]) fail('TabError', 'inconsistent use of tabs and spaces in indentation', line, 1, 0);
      indents.push(col);
      altIndents.push(alt);
      push(T.INDENT, '', line, 0, line, width);
    } else if (col < indents[top]) {
      while (top > 0 && col < indents[top]) {
        indents.pop();
        altIndents.pop();
        top--;
        push(T.DEDENT, '', line, width, line, width);
      }
      if (col !== indents[top]) {
        fail('IndentationError', 'unindent does not match any outer indentation level', line, lines[line - 1].length + 1, -1);
      }
      if (alt !== altIndents[top]) fail('TabError', 'inconsistent use of tabs and spaces in indentation', line, 1, 0);
    } else if (alt !== altIndents[top]) {
      fail('TabError', 'inconsistent use of tabs and spaces in indentation', line, 1, 0);
    }
    i = j;
    return true;
  };

  const numberError = (kind: string, at: number): never => fail('SyntaxError', `invalid ${kind} literal`, line, at - lineStart);

  // Digits with single underscores between them, starting at `j` (which must be a digit).
  const decimalTail = (j: number): number => {
    for (;;) {
      while (isDigit(src.charCodeAt(j))) j++;
      if (src.charCodeAt(j) !== 95) return j;
      if (!isDigit(src.charCodeAt(j + 1))) numberError('decimal', j + 1);
      j++;
    }
  };

  // A number may not run straight into a name, except the few keywords CPython tolerates.
  const checkNumberEnd = (j: number, kind: string): void => {
    if (!isAsciiIdContinue(src.charCodeAt(j))) return;
    for (const kw of KEYWORDS_AFTER_NUMBER) if (src.startsWith(kw, j)) return;
    numberError(kind, j);
  };

  const scanNumber = (start: number): number => {
    let j = start;
    const c0 = src.charCodeAt(j);
    if (c0 === 48) {
      const x = src.charCodeAt(j + 1) | 32;
      const radix = x === 120 ? 16 : x === 111 ? 8 : x === 98 ? 2 : 0;
      if (radix) {
        const kind = radix === 16 ? 'hexadecimal' : radix === 8 ? 'octal' : 'binary';
        j += 2;
        const isRadixDigit = (c: number): boolean => radix === 16
          ? isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 102)
          : c >= 48 && c < 48 + radix;
        const badDigit = (k: number): never => fail('SyntaxError', `invalid digit '${src[k]}' in ${kind} literal`, line, k - lineStart + 1);
        if (src.charCodeAt(j) === 95) j++;
        for (;;) {
          const c = src.charCodeAt(j);
          if (!isRadixDigit(c)) {
            if (radix !== 16 && isDigit(c)) badDigit(j);
            numberError(kind, j);
          }
          while (isRadixDigit(src.charCodeAt(j))) j++;
          if (src.charCodeAt(j) !== 95) break;
          j++;
        }
        if (radix !== 16 && isDigit(src.charCodeAt(j))) badDigit(j);
        checkNumberEnd(j, kind);
        return j;
      }
    }
    let isFloat = false;
    if (c0 !== 46) j = decimalTail(j);
    const intEnd = j;
    if (src.charCodeAt(j) === 46) {
      isFloat = true;
      j++;
      if (isDigit(src.charCodeAt(j))) j = decimalTail(j);
    }
    if ((src.charCodeAt(j) | 32) === 101) {
      const sign = src.charCodeAt(j + 1);
      const k = sign === 43 || sign === 45 ? j + 2 : j + 1;
      if (isDigit(src.charCodeAt(k))) {
        isFloat = true;
        j = decimalTail(k);
      } else if (k === j + 2) {
        numberError('decimal', k);
      }
    }
    if ((src.charCodeAt(j) | 32) === 106) {
      j++;
      checkNumberEnd(j, 'imaginary');
      return j;
    }
    if (!isFloat && c0 === 48) {
      // "0", "00", "0_0" are fine; any other digit after a leading zero is not.
      for (let k = start; k < intEnd; k++) {
        const c = src.charCodeAt(k);
        if (c !== 48 && c !== 95) {
          fail('SyntaxError', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            line, start - lineStart + 1, intEnd - lineStart + 1);
        }
      }
    }
    checkNumberEnd(j, 'decimal');
    return j;
  };

  // The string literal whose prefix starts at `start` and opening quote sits at `q`.
  const scanString = (start: number, q: number): void => {
    const startLine = line;
    const startCol = start - lineStart;
    const quote = src.charCodeAt(q);
    const triple = src.charCodeAt(q + 1) === quote && src.charCodeAt(q + 2) === quote;
    let j = triple ? q + 3 : q + 1;
    for (;;) {
      if (j >= n) {
        if (triple) {
          const at = src.charCodeAt(n - 1) === 10 ? line - 1 : line;
          fail('SyntaxError', `unterminated triple-quoted string literal (detected at line ${at})`, startLine, startCol + 1);
        }
        fail('SyntaxError', `unterminated string literal (detected at line ${line})`, startLine, startCol + 1);
      }
      const c = src.charCodeAt(j);
      if (c === quote) {
        if (!triple) { j++; break; }
        if (src.charCodeAt(j + 1) === quote && src.charCodeAt(j + 2) === quote) { j += 3; break; }
        j++;
      } else if (c === 92) {
        if (src.charCodeAt(j + 1) === 10) { line++; lineStart = j + 2; }
        j += 2;
      } else if (c === 10) {
        if (!triple) fail('SyntaxError', `unterminated string literal (detected at line ${line})`, startLine, startCol + 1);
        line++;
        lineStart = j + 1;
        j++;
      } else {
        j++;
      }
    }
    push(T.STRING, src.slice(start, j), startLine, startCol, line, j - lineStart);
    i = j;
  };

  const scanName = (): void => {
    const start = i;
    let j = i;
    let ascii = true;
    for (;;) {
      const c = src.charCodeAt(j);
      if (isAsciiIdContinue(c)) { j++; continue; }
      if (c < 128 || j >= n) break;
      const cp = src.codePointAt(j)!;
      const ch = String.fromCodePoint(cp);
      if (!ID_CONTINUE.test(ch)) break;
      ascii = false;
      j += ch.length;
    }
    const q = src.charCodeAt(j);
    if ((q === 39 || q === 34) && j - start <= 2 && STRING_PREFIXES.has(src.slice(start, j).toLowerCase())) {
      scanString(start, j);
      return;
    }
    let word = src.slice(start, j);
    if (!ascii) word = word.normalize('NFKC');
    push(KEYWORDS.has(word) ? T.KEYWORD : T.NAME, word, line, start - lineStart, line, j - lineStart);
    i = j;
  };

  const scanOther = (c: number): void => {
    const col = i - lineStart;
    if (c >= 128) {
      const ch = String.fromCodePoint(src.codePointAt(i)!);
      if (ID_START.test(ch)) { scanName(); return; }
      const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      if (NON_PRINTABLE.test(ch)) fail('SyntaxError', `invalid non-printable character U+${hex}`, line, col + 1);
      fail('SyntaxError', `invalid character '${ch}' (U+${hex})`, line, col + 1);
    }
    const op = operatorAt(src, i, c);
    if (op === '(' || op === '[' || op === '{') {
      if (brackets.length >= MAX_NESTING) fail('SyntaxError', 'too many nested parentheses', line, col + 1);
      push(T.OP, op, line, col, line, col + 1);
      brackets.push({ ch: op, line, col });
    } else if (op === ')' || op === ']' || op === '}') {
      const open = brackets.pop();
      if (open === undefined) return fail('SyntaxError', `unmatched '${op}'`, line, col + 1);
      if (open.ch !== CLOSER_OF[op]) {
        const where = open.line === line ? '' : ` on line ${open.line}`;
        fail('SyntaxError', `closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'${where}`, line, col + 1);
      }
      toks.push({ type: T.OP, value: op, line, col, endLine: line, endCol: col + 1, depth: brackets.length + 1 });
      lineHasTokens = true;
    } else {
      push(T.OP, op, line, col, line, col + op.length);
    }
    i += op.length;
  };

  let error: PySyntaxError | null = null;
  let eofStart = 0;
  try {
    for (;;) {
      if (atLineStart) {
        atLineStart = false;
        if (!indentation()) {
          // Skip the rest of a blank or comment-only line.
          while (i < n && src.charCodeAt(i) !== 10) i++;
          if (i >= n) break;
          i++;
          line++;
          lineStart = i;
          atLineStart = true;
          continue;
        }
      }
      if (i >= n) break;
      const c = src.charCodeAt(i);
      if (c === 32 || c === 9 || c === 12) {
        i++;
      } else if (c === 35) {
        while (i < n && src.charCodeAt(i) !== 10) i++;
      } else if (c === 10) {
        if (brackets.length === 0 && lineHasTokens) {
          push(T.NEWLINE, '', line, i - lineStart, line, i - lineStart + 1);
          lineHasTokens = false;
          atLineStart = true;
        }
        i++;
        line++;
        lineStart = i;
      } else if (isAsciiIdStart(c)) {
        scanName();
      } else if (isDigit(c) || (c === 46 && isDigit(src.charCodeAt(i + 1)))) {
        const j = scanNumber(i);
        push(T.NUMBER, src.slice(i, j), line, i - lineStart, line, j - lineStart);
        i = j;
      } else if (c === 39 || c === 34) {
        scanString(i, i);
      } else if (c === 92) {
        const col = i - lineStart;
        if (i + 1 >= n || (src.charCodeAt(i + 1) === 10 && i + 2 >= n)) fail('SyntaxError', 'unexpected EOF while parsing', line, col + 2, -1);
        if (src.charCodeAt(i + 1) !== 10) fail('SyntaxError', 'unexpected character after line continuation character', line, col + 2, 0);
        i += 2;
        line++;
        lineStart = i;
      } else {
        scanOther(c);
      }
    }
    const col = i - lineStart;
    eofStart = toks.length;
    if (lineHasTokens) push(T.NEWLINE, '', line, col, line, col + 1);
    // CPython places the end-of-input tokens at the end of the last line.
    const eofLine = n > 0 && src.charCodeAt(n - 1) === 10 ? line - 1 : line;
    const eofCol = eofLine > 0 ? lines[eofLine - 1].length : 0;
    for (let k = indents.length - 1; k > 0; k--) push(T.DEDENT, '', eofLine, eofCol, eofLine, eofCol);
    toks.push({ type: T.ENDMARKER, value: '', line: eofLine, col: eofCol, endLine: eofLine, endCol: eofCol, depth: brackets.length });
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    error = e.error;
    toks.push({ type: T.ERROR, value: '', line: error.lineno, col: error.offset - 1, endLine: error.lineno, endCol: error.offset - 1, depth: brackets.length });
  }
  const unclosed = error === null && brackets.length > 0 ? brackets[brackets.length - 1] : null;
  return { tokens: toks, lines, error, unclosed, eofStart: error === null ? eofStart : toks.length };
}
