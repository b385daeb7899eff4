// The tokenizer against CPython's tokenize module (fixtures/snippets.tokens.txt, recorded by
// scripts/record-ast.py), plus the behaviours the parser relies on: indentation, bracket depth,
// lazily raised errors, line endings.
import t from 'tap';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { tokenize } from '../../../src/compiler/tokenizer';
import { T, Token } from '../../../src/compiler/tokens';
import { reprStr } from '../../../src/compiler/ast-dump';

const FIXTURES = path.join(__dirname, 'fixtures');

function sections(file: string): [string, string][] {
  const text = readFileSync(path.join(FIXTURES, file), 'utf8');
  return text.split(/^#### /m).slice(1).map((chunk) => {
    const nl = chunk.indexOf('\n');
    return [chunk.slice(0, nl), chunk.slice(nl + 1)];
  });
}

function variant(name: string, src: string): string {
  if (name.endsWith('[crlf]')) return src.replace(/\n/g, '\r\n');
  if (name.endsWith('[bom]')) return '\ufeff' + src;
  if (name.endsWith('[noeol]')) return src.replace(/\n+$/, '');
  return src;
}

/** Our tokens in the recorded format (see token_lines in scripts/record-ast.py). */
function describe(src: string): string {
  const { tokens, lines, error } = tokenize(src, '<test>');
  if (error) return `${error.type}: ${error.msg}`;
  let atEnd = tokens.length - 1;  // drop ENDMARKER, mark the DEDENTs before it
  while (atEnd > 0 && tokens[atEnd - 1].type === T.DEDENT) atEnd--;
  const out: string[] = [];
  tokens.slice(0, tokens.length - 1).forEach((tok: Token, i: number) => {
    const where = `${tok.line}:${tok.col}-${tok.endLine}:${tok.endCol}`;
    if (i >= atEnd) out.push('DEDENT');
    else if (tok.type === T.NEWLINE || tok.type === T.DEDENT) out.push(`${T[tok.type]} ${tok.line}:${tok.col}`);
    else if (tok.type === T.INDENT) out.push(`INDENT ${reprStr(lines[tok.line - 1].slice(0, tok.endCol))} ${where}`);
    else {
      // Names as written: the tokenize module does not NFKC-normalize them (the parser does).
      const text = tok.type === T.NAME ? Array.from(lines[tok.line - 1]).slice(tok.col, tok.endCol).join('') : tok.value;
      out.push(`${tok.type === T.KEYWORD ? 'NAME' : T[tok.type]} ${reprStr(text)} ${where}`);
    }
  });
  return out.join('\n');
}

t.test('tokens match the tokenize module', async (t) => {
  const sources = new Map(sections('snippets.txt'));
  const recorded = sections('snippets.tokens.txt');
  t.ok(recorded.length >= 150);
  for (const [name, expected] of recorded) {
    t.equal(describe(variant(name, sources.get(name)!)), expected.trimEnd(), name);
  }
});

function kinds(src: string): string {
  return tokenize(src, '<t>').tokens.map((tok) => (tok.type === T.OP || tok.type === T.KEYWORD ? tok.value : T[tok.type])).join(' ');
}

t.test('indentation: tabs count to the next multiple of 8', async (t) => {
  t.equal(kinds('if x:\n\ty\n        z\n'), 'if NAME : NEWLINE INDENT NAME NEWLINE ERROR');
  t.equal(kinds('if x:\n  \ty\n  \tz\n'), 'if NAME : NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT ENDMARKER');
  const r = tokenize('if x:\n\ty\n        z\n', '<t>');
  t.equal(r.error?.type, 'TabError');
});

t.test('blank lines and comment-only lines never change indentation', async (t) => {
  t.equal(kinds('if x:\n    a\n\n  # c\n        # d\n    b\n'), 'if NAME : NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT ENDMARKER');
});

t.test('newlines inside brackets are not tokens', async (t) => {
  t.equal(kinds('f(a,\n  b)\n'), 'NAME ( NAME , NAME ) NEWLINE ENDMARKER');
  const toks = tokenize('f(a, [b])', '<t>').tokens;
  t.same(toks.map((x) => x.depth), [0, 0, 1, 1, 1, 2, 2, 1, 0, 0]);
});

t.test('an error ends the list with an ERROR token, keeping the tokens before it', async (t) => {
  const r = tokenize('x = 1\ny = $ + "abc\n', '<t>');
  t.equal(kinds('x = 1\ny = "abc\n'), 'NAME = NUMBER NEWLINE NAME = ERROR');
  t.equal(r.tokens[r.tokens.length - 1].type, T.ERROR);
  t.equal(r.error?.msg, 'unterminated string literal (detected at line 2)');
});

t.test('line endings and BOM', async (t) => {
  const lf = kinds('a = 1\nb = 2\n');
  t.equal(kinds('a = 1\r\nb = 2\r\n'), lf);
  t.equal(kinds('a = 1\rb = 2\r'), lf);
  t.equal(kinds('\ufeffa = 1\nb = 2'), lf);
  t.same(tokenize('a = 1\r\nb', '<t>').lines, ['a = 1', 'b']);
});

t.test('unclosed bracket is reported at the innermost opener', async (t) => {
  t.same(tokenize('x = (1, [2,\n', '<t>').unclosed, { ch: '[', line: 1, col: 8 });
  t.equal(tokenize('x = (1)\n', '<t>').unclosed, null);
});

t.test('identifiers: non-ASCII, NFKC-normalized; keywords apart from soft keywords', async (t) => {
  const toks = tokenize('ﬁ = π + match', '<t>').tokens;
  t.equal(toks[0].value, 'fi');
  t.equal(toks[2].value, 'π');
  t.equal(toks[4].type, T.NAME);
  t.equal(tokenize('None', '<t>').tokens[0].type, T.KEYWORD);
});

t.test('operators take the longest match', async (t) => {
  t.equal(kinds('a **= b // c ... d -> e := f != g'), 'NAME **= NAME // NAME ... NAME -> NAME := NAME != NAME NEWLINE ENDMARKER');
});
