// The inside of one f-string token: literal text, `{expr!c:spec}` fields (specs may nest fields
// one level), `{x=}` self-documenting fields, `{{`/`}}`. Each field's expression is tokenized and
// parsed on its own at its real position in the source, as CPython 3.11 does.
import type * as ast from './ast';
import { tokenize } from './tokenizer';
import { T, Token } from './tokens';
import { PySyntaxError } from './syntax-error';
import { Parser } from './parser/parser';
import { parseStarExpressions } from './parser/expressions';
import { decodeStr, LiteralError, splitStringToken } from './parser/literals';

const OPENER_OF: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** A piece of an f-string: literal text (already decoded) or a formatted field. */
export type FPart = string | ast.FormattedValue;

export interface FStringContext {
  p: Parser;
  tok: Token;
  /** Position every Constant/FormattedValue of the whole implicitly concatenated group gets. */
  group: ast.Pos;
  /** Wraps merged literal pieces into Constants (with the group's `kind`). */
  join: (parts: FPart[], pos: ast.Pos) => ast.Expr[];
}

export function parseFStringToken(cx: FStringContext): FPart[] {
  const { prefix, quoteLen, body } = splitStringToken(cx.tok.value);
  const scanner = new FScanner(cx, body, prefix.indexOf('r') >= 0, prefix.length + quoteLen);
  const parts: FPart[] = [];
  const end = scanner.scan(0, 0, parts, cx.group);
  if (end < body.length) scanner.fail("f-string: single '}' is not allowed");
  return parts;
}

class FScanner {
  constructor(
    readonly cx: FStringContext,
    readonly body: string,
    readonly raw: boolean,
    /** Offset of the body within the token text. */
    readonly bodyOffset: number,
  ) {}

  /** CPython 3.11 places f-string errors at the end of the whole implicitly concatenated group. */
  fail(msg: string): never {
    const g = this.cx.group;
    return this.cx.p.error(msg, g.end_lineno, g.end_col_offset, g.end_lineno, g.end_col_offset);
  }

  /**
   * Reads literal text and fields from `i` into `parts`. At nesting 0 it runs to the end of the
   * body; inside a format spec it stops at the `}` closing the field. Returns where it stopped.
   * `pos` is the position the fields found here get.
   */
  scan(i: number, nesting: number, parts: FPart[], pos: ast.Pos): number {
    const body = this.body;
    const n = body.length;
    let lit = '';
    let litStart = i;
    const flush = (end: number): void => {
      const text = body.slice(litStart, end);
      lit += this.raw ? text : this.decode(text);
    };
    while (i < n) {
      const c = body[i];
      if (c === '\\' && !this.raw && body[i + 1] === 'N' && body[i + 2] === '{') {
        const close = body.indexOf('}', i);
        i = close < 0 ? n : close + 1;
      } else if (c === '\\' && !this.raw && body[i + 1] !== '{' && body[i + 1] !== '}') {
        i += 2;
      } else if (c === '{' && nesting === 0 && body[i + 1] === '{') {
        flush(i + 1);
        i += 2;
        litStart = i;
      } else if (c === '}' && nesting === 0) {
        if (body[i + 1] !== '}') this.fail("f-string: single '}' is not allowed");
        flush(i + 1);
        i += 2;
        litStart = i;
      } else if (c === '}') {
        break;
      } else if (c === '{') {
        if (nesting >= 2) this.fail('f-string: expressions nested too deeply');
        flush(i);
        if (lit !== '') parts.push(lit);
        lit = '';
        i = this.field(i + 1, nesting, parts, pos);
        litStart = i;
      } else {
        i++;
      }
    }
    flush(Math.min(i, n));
    if (lit !== '') parts.push(lit);
    return i;
  }

  private decode(text: string): string {
    try {
      return decodeStr(text);
    } catch (e) {
      if (e instanceof LiteralError) this.fail(e.msg);
      throw e;
    }
  }

  /** One `{…}` field whose expression starts at `i`; returns the index after its `}`. */
  private field(i: number, nesting: number, parts: FPart[], pos: ast.Pos): number {
    const body = this.body;
    const n = body.length;
    const exprStart = i;
    const open: string[] = [];
    let quote = '';
    for (;; i++) {
      if (i >= n) this.fail(quote !== '' ? 'f-string: unterminated string' : "f-string: expecting '}'");
      const c = body[i];
      if (c === '\\') this.fail('f-string expression part cannot include a backslash');
      if (quote !== '') {
        if (body.startsWith(quote, i)) {
          i += quote.length - 1;
          quote = '';
        }
        continue;
      }
      if (c === '#') this.fail("f-string expression part cannot include '#'");
      if (c === "'" || c === '"') {
        quote = body[i + 1] === c && body[i + 2] === c ? c.repeat(3) : c;
        if (quote.length === 3) i += 2;
      } else if (c === '(' || c === '[' || c === '{') {
        open.push(c);
      } else if (c === ')' || c === ']' || c === '}') {
        const opener = open.pop();
        if (opener === undefined) {
          if (c === '}') break;
          this.fail(`f-string: unmatched '${c}'`);
        }
        if (opener !== OPENER_OF[c]) this.fail(`f-string: closing parenthesis '${c}' does not match opening parenthesis '${opener}'`);
      } else if (open.length === 0 && (c === '!' || c === ':' || c === '=')) {
        const next = body[i + 1];
        if (c === '!' && next !== '=') break;
        if (c === ':') break;
        if (c === '=' && next !== '=') break;
        if (next === '=') i++;
      } else if (open.length === 0 && (c === '<' || c === '>') && body[i + 1] === '=') {
        i++;
      }
    }
    const exprText = body.slice(exprStart, i);
    if (/^[ \t\n\r\f\v]*$/.test(exprText)) {
      this.fail(body[i] === '}' ? 'f-string: empty expression not allowed' : `f-string: expression required before '${body[i]}'`);
    }
    const value = this.expression(exprText, exprStart);
    let selfDoc = false;
    if (body[i] === '=') {
      selfDoc = true;
      i++;
      while (body[i] === ' ' || body[i] === '\t' || body[i] === '\n') i++;
      const docText = body.slice(exprStart, i);
      const last = parts[parts.length - 1];
      if (typeof last === 'string') parts[parts.length - 1] = last + docText;
      else parts.push(docText);
    }
    let conversion = -1;
    if (body[i] === '!') {
      const conv = body[i + 1];
      if (conv === undefined) this.fail("f-string: expecting '}'");
      if (conv !== 's' && conv !== 'r' && conv !== 'a') this.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      conversion = conv.charCodeAt(0);
      i += 2;
      if (body[i] !== ':' && body[i] !== '}') this.fail("f-string: expecting '}'");
    }
    let formatSpec: ast.JoinedStr | null = null;
    if (body[i] === ':') {
      const specParts: FPart[] = [];
      // CPython 3.11 parses a spec per token: the spec and its literal text span this token,
      // while fields inside it run from the start of the whole string group to this token's end.
      const t = this.cx.tok;
      const g = this.cx.group;
      const specPos = { lineno: t.line, col_offset: t.col, end_lineno: t.endLine, end_col_offset: t.endCol };
      const fieldPos = { lineno: g.lineno, col_offset: g.col_offset, end_lineno: t.endLine, end_col_offset: t.endCol };
      i = this.scan(i + 1, nesting + 1, specParts, fieldPos);
      formatSpec = { kind: 'JoinedStr', values: this.cx.join(specParts, specPos), ...specPos };
    }
    if (body[i] !== '}') this.fail("f-string: expecting '}'");
    if (selfDoc && conversion === -1 && formatSpec === null) conversion = 114;
    parts.push({ kind: 'FormattedValue', value, conversion, format_spec: formatSpec, ...pos });
    return i + 1;
  }

  /** Parses a field's expression text, found at body index `at`, at its place in the source. */
  private expression(text: string, at: number): ast.Expr {
    const outer = this.cx.p;
    const t = this.cx.tok;
    // Walk the token text up to the expression to find its line and column.
    let line = t.line;
    let col = t.col;
    const upto = this.bodyOffset + at;
    const tokText = t.value;
    for (let k = 0; k < upto; k++) {
      const c = tokText.charCodeAt(k);
      if (c === 10) { line++; col = 0; } else if (c < 0xdc00 || c > 0xdfff) col++;
    }
    const sub = tokenize(`(${text})`, outer.filename);
    for (const s of sub.tokens) {
      if (s.line === 1) s.col += col - 1;
      if (s.endLine === 1) s.endCol += col - 1;
      s.line += line - 1;
      s.endLine += line - 1;
    }
    try {
      // Like CPython, parse `(text)` as a whole: a bare tuple then spans the parentheses,
      // `(yield)` is allowed and `(*a)` is not.
      const p = new Parser({ ...sub, lines: outer.tz.lines }, outer.filename);
      p.probes = outer.probes;
      const e = parseStarExpressions(p);
      if (p.tok.type !== T.NEWLINE && p.tok.type !== T.ENDMARKER) p.invalidSyntax();
      return e;
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      if (e === sub.error) {
        // A tokenizer error keeps its own message; its lines are still those of `(text)`.
        const lineno = e.lineno + line - 1;
        return outer.raise(new PySyntaxError(e.type, e.msg, e.filename, lineno, e.offset, outer.tz.lines[lineno - 1] ?? '', lineno, e.endOffset, true));
      }
      if (e.fromTokenizer) throw e;
      // CPython 3.11 reports columns within the `(text)` it parsed, not within the line.
      const shift = col - 1;
      const offset = e.lineno === line ? e.offset - shift : e.offset;
      const endOffset = e.endLineno === line ? e.endOffset - shift : e.endOffset;
      return outer.raise(new PySyntaxError(e.type, `f-string: ${e.msg}`, e.filename, e.lineno, offset, e.text, e.endLineno, endOffset));
    }
  }
}
