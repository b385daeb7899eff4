// The parser against CPython 3.11: every snippet in fixtures/snippets.txt must dump exactly as
// `ast.dump(..., include_attributes=True)` does, and every case in fixtures/errors.txt must raise
// the same error type, message, line and offset (re-record with `python3 scripts/record-ast.py`).
import t from 'tap';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from '../../../src/compiler/parse';
import { dumpAst } from '../../../src/compiler/ast-dump';
import { PySyntaxError } from '../../../src/compiler/syntax-error';

const FIXTURES = path.join(__dirname, 'fixtures');

/** `#### name` sections of a fixture file, in order, as [name, text]. */
function sections(file: string): [string, string][] {
  const text = readFileSync(path.join(FIXTURES, file), 'utf8');
  const out: [string, string][] = [];
  for (const chunk of text.split(/^#### /m).slice(1)) {
    const nl = chunk.indexOf('\n');
    out.push([chunk.slice(0, nl), chunk.slice(nl + 1)]);
  }
  return out;
}

/** The same `[tag]` transforms as scripts/record-ast.py. */
function variant(name: string, src: string): string {
  if (name.endsWith('[crlf]')) return src.replace(/\n/g, '\r\n');
  if (name.endsWith('[cr]')) return src.replace(/\n/g, '\r');
  if (name.endsWith('[bom]')) return '\ufeff' + src;
  if (name.endsWith('[noeol]')) return src.replace(/\n+$/, '');
  return src;
}

function describe(e: unknown): string {
  if (e instanceof PySyntaxError) return `${e.type}|${e.msg}|${e.lineno}|${e.offset}`;
  throw e;
}

t.test('snippets dump as CPython dumps them', async (t) => {
  const expected = new Map(sections('snippets.expected.txt').map(([n, s]) => [n, s.trimEnd()]));
  const cases = sections('snippets.txt');
  t.ok(cases.length >= 150, 'corpus has 150+ snippets');
  for (const [name, src] of cases) {
    let got: string;
    try {
      got = dumpAst(parse(variant(name, src), '<test>', 'exec'));
    } catch (e) {
      got = describe(e);
    }
    t.equal(got, expected.get(name), name);
  }
});

t.test('syntax errors match CPython: type, message, line, offset', async (t) => {
  const expected = new Map(sections('errors.expected.txt').map(([n, s]) => [n, s.trimEnd()]));
  for (const [name, src] of sections('errors.txt')) {
    let got = 'OK';
    try {
      parse(variant(name, src), '<test>', 'exec');
    } catch (e) {
      got = describe(e);
    }
    t.equal(got, expected.get(name), name);
  }
});

t.test('errors carry filename and source line', async (t) => {
  try {
    parse('x = 1\ny = (]\n', 'game.py', 'exec');
    t.fail('no error');
  } catch (e) {
    t.ok(e instanceof PySyntaxError);
    const err = e as PySyntaxError;
    t.equal(err.filename, 'game.py');
    t.equal(err.text, 'y = (]');
    t.equal(err.lineno, 2);
  }
});

t.test('eval and single modes', async (t) => {
  t.equal(dumpAst(parse('1 + x\n', '<s>', 'eval')),
    "Expression(body=BinOp(left=Constant(value=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), right=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5))");
  t.equal(dumpAst(parse('a, *b', '<s>', 'eval')).slice(0, 22), 'Expression(body=Tuple(');
  t.equal(parse('x = 1\n', '<s>', 'single').kind, 'Interactive');
  const multi = (() => {
    try {
      parse('x = 1\ny = 2\n', '<s>', 'single');
    } catch (e) {
      return e as PySyntaxError;
    }
    return null;
  })();
  t.equal(multi?.msg, 'multiple statements found while compiling a single statement');
  t.equal(multi?.offset, 6);
  t.equal(dumpAst(parse('# c\n\n1\n\n', '<s>', 'eval')).slice(0, 25), 'Expression(body=Constant(');
  t.throws(() => parse('x = 1', '<s>', 'eval'));
});

t.test('constant values use the shared representation', async (t) => {
  const mod = parse('a = 9007199254740991, 9007199254740992, 1.0, 2j, b"\\x01", ...', '<s>', 'exec');
  const assign = mod.body[0];
  if (assign.kind !== 'Assign' || assign.value.kind !== 'Tuple') {
    t.fail('shape');
    return;
  }
  const values = assign.value.elts.map((e) => (e.kind === 'Constant' ? e.value : null));
  t.same(values[0], { type: 'int', value: 9007199254740991 });
  t.same(values[1], { type: 'int', value: 9007199254740992n });
  t.same(values[2], { type: 'float', value: 1 });
  t.same(values[3], { type: 'complex', imag: 2 });
  t.same(values[4], { type: 'bytes', value: Uint8Array.of(1) });
  t.same(values[5], { type: 'Ellipsis' });
});

t.test('error ranges: end line and offset', async (t) => {
  const err = (src: string): PySyntaxError => {
    try {
      parse(src, '<s>', 'exec');
    } catch (e) {
      if (e instanceof PySyntaxError) return e;
      throw e;
    }
    throw new Error('no error');
  };
  const e1 = err('f(a, b c)\n');
  t.same([e1.lineno, e1.offset, e1.endLineno, e1.endOffset], [1, 6, 1, 9]);
  const e2 = err('x = f() = 1\n');
  t.same([e2.offset, e2.endOffset, e2.text], [5, 8, 'x = f() = 1']);
  const e3 = err('s = "abc\n');
  t.same([e3.type, e3.offset, e3.text], ['SyntaxError', 5, 's = "abc']);
});

t.test('mangled sources only ever raise PySyntaxError', async (t) => {
  // A fixed-seed mutation fuzz over the fixture snippets: insert, delete and move pieces.
  const sources = sections('snippets.txt').map(([, s]) => s);
  const pieces = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '.', '*', '**', 'if', 'else', 'for', 'in', 'not', 'lambda',
    '"', "'", 'f"{', '}', '\n', '    ', '\t', '\\', '#', '@', 'yield', '1', 'x', '-', ';', '!', ':=', '0x', '1e'];
  let seed = 12345;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  let other = 0;
  for (let k = 0; k < 400; k++) {
    let s = sources[rand(sources.length)];
    for (let m = 0; m < 1 + rand(3); m++) {
      const i = rand(s.length + 1);
      const op = rand(3);
      if (op === 0) s = s.slice(0, i) + pieces[rand(pieces.length)] + s.slice(i);
      else if (op === 1) s = s.slice(0, i) + s.slice(i + 1 + rand(4));
      else s = s.slice(0, i) + s.slice(i + 3) + s.slice(i, i + 3);
    }
    try {
      parse(s, '<fuzz>', 'exec');
    } catch (e) {
      if (!(e instanceof PySyntaxError)) other++;
    }
  }
  t.equal(other, 0);
});
