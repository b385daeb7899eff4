// The builtins module built by makeBuiltins, called directly (no VM): printing to the given
// stream, input, iteration helpers, numeric helpers and open() over an in-memory file system.
import t from 'tap';
import * as O from '../../../src/objects';
import { makeBuiltins, FileSystem } from '../../../src/builtins';

function setup(input: string[] = []) {
  let out = '';
  const files = new Map<string, Uint8Array>();
  const fs: FileSystem = {
    readFile(p) {
      const d = files.get(p);
      if (d === undefined) throw { errno: 2, strerror: 'No such file or directory', filename: p };
      return d;
    },
    writeFileAtomic(p, data) { files.set(p, data.slice()); },
    exists: (p) => files.has(p),
  };
  const b = makeBuiltins({ stdout: { write: (s) => { out += s; } }, stdin: { readline: () => input.shift() ?? null }, fs });
  const fn = (name: string) => b.getStr(name)!;
  return { fn, output: () => out, files };
}

function raises(f: () => unknown): string {
  try { f(); } catch (e) {
    if (e instanceof O.PyBaseException) return `${e.cls.name}: ${O.str(e)}`;
    throw e;
  }
  return 'no exception';
}

t.test('print: sep, end, file=, str of each object', async (t) => {
  const { fn, output } = setup();
  O.call(fn('print'), [1, 'a', new O.PyFloat(2.5), O.None]);
  O.call(fn('print'), [1, 2, '-', ''], ['sep', 'end']);
  t.equal(output(), '1 a 2.5 None\n1-2');
  const lines: string[] = [];
  const sink = O.newModule('sink', { write: O.defineFunction('write(s, /)', (s) => { lines.push(s as string); }) });
  O.call(fn('print'), ['x', sink], ['file']);
  t.same(lines, ['x\n']);
  t.equal(raises(() => O.call(fn('print'), [1], ['bogus'])), "TypeError: unexpected keyword argument 'bogus'");
});

t.test('input: prompt to stdout, EOFError at end', async (t) => {
  const { fn, output } = setup(['hello']);
  t.equal(O.call(fn('input'), ['? ']), 'hello');
  t.equal(output(), '? ');
  t.equal(raises(() => O.call(fn('input'), [])), 'EOFError: EOF when reading a line');
});

t.test('sorted, min, max, sum, any, all, len, next', async (t) => {
  const { fn } = setup();
  const l = new O.PyList([3, 1, 2]);
  t.equal(O.repr(O.call(fn('sorted'), [l, true], ['reverse'])), '[3, 2, 1]');
  t.equal(O.call(fn('min'), [l]), 1);
  t.equal(O.call(fn('max'), [4, 9, 2]), 9);
  t.equal(O.call(fn('max'), [new O.PyList([]), 'none'], ['default']), 'none');
  t.equal(raises(() => O.call(fn('min'), [new O.PyList([])])), 'ValueError: min() arg is an empty sequence');
  t.equal(O.repr(O.call(fn('sum'), [new O.PyList([new O.PyFloat(0.5), 1])])), '1.5');
  t.equal(O.call(fn('any'), [new O.PyList([0, '', 3])]), true);
  t.equal(O.call(fn('all'), [new O.PyList([])]), true);
  t.equal(O.call(fn('len'), ['h😀']), 2);
  const it = O.getIter(new O.PyList([1]));
  t.equal(O.call(fn('next'), [it]), 1);
  t.equal(O.call(fn('next'), [it, 'done']), 'done');
  t.equal(raises(() => O.call(fn('next'), [it])), 'StopIteration: ');
});

t.test('numeric builtins: round, divmod, pow, hex/bin/oct, chr/ord, abs', async (t) => {
  const { fn } = setup();
  t.equal(O.call(fn('round'), [new O.PyFloat(2.5)]), 2);
  t.equal(O.repr(O.call(fn('round'), [new O.PyFloat(2.675), 2])), '2.67');
  t.equal(O.repr(O.call(fn('divmod'), [-7, 2])), '(-4, 1)');
  t.equal(O.call(fn('pow'), [3, 4, 5]), 1);
  t.equal(O.call(fn('pow'), [2, -1, 5]), 3);
  t.equal(O.call(fn('hex'), [-255]), '-0xff');
  t.equal(O.call(fn('bin'), [5]), '0b101');
  t.equal(O.call(fn('oct'), [8]), '0o10');
  t.equal(O.call(fn('chr'), [0x1f600]), '😀');
  t.equal(O.call(fn('ord'), ['😀']), 0x1f600);
  t.equal(raises(() => O.call(fn('ord'), ['ab'])), 'TypeError: ord() expected a character, but string of length 2 found');
  t.equal(O.repr(O.call(fn('abs'), [new O.PyFloat(-1.5)])), '1.5');
  t.equal(O.call(fn('abs'), [true]), 1);
});

t.test('isinstance/issubclass with tuples, getattr default, callable', async (t) => {
  const { fn } = setup();
  t.equal(O.call(fn('isinstance'), [true, new O.PyTuple([O.strType, O.intType])]), true);
  t.equal(O.call(fn('issubclass'), [O.boolType, O.intType]), true);
  t.equal(O.call(fn('getattr'), [1, 'nope', 'dflt']), 'dflt');
  t.equal(O.call(fn('hasattr'), ['s', 'upper']), true);
  t.equal(O.call(fn('callable'), [fn('len')]), true);
  t.equal(raises(() => O.call(fn('isinstance'), [1, 2])), 'TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union');
});

t.test('open: text and binary files, modes, context manager, missing files', async (t) => {
  const { fn, files } = setup();
  const open = fn('open');
  const w = O.call(open, ['a.txt', 'w']);
  t.equal(O.callMethod(w, 'write', ['héllo\nworld\n']), 12);
  O.callMethod(w, '__exit__', [O.None, O.None, O.None]);
  t.equal(new TextDecoder().decode(files.get('a.txt')), 'héllo\nworld\n');
  const r = O.call(open, ['a.txt']);
  t.equal(O.callMethod(r, 'readline', []), 'héllo\n');
  t.equal(O.repr(O.toArray(r).length), '1');
  const rb = O.call(open, ['a.txt', 'rb']);
  t.equal(O.repr(O.callMethod(rb, 'read', [2])), "b'h\\xc3'");
  const a = O.call(open, ['a.txt', 'a']);
  O.callMethod(a, 'write', ['!']);
  O.callMethod(a, 'close', []);
  t.equal(new TextDecoder().decode(files.get('a.txt')), 'héllo\nworld\n!');
  t.equal(raises(() => O.call(open, ['missing.txt'])), "OSError: [Errno 2] No such file or directory: 'missing.txt'");
  t.equal(raises(() => O.callMethod(r, 'write', ['x'])), 'OSError: not writable');
  O.callMethod(r, 'close', []);
  t.equal(raises(() => O.callMethod(r, 'read', [])), 'ValueError: I/O operation on closed file.');
  t.equal(raises(() => O.call(open, ['a.txt', 'rw'])), "ValueError: invalid mode: 'rw'");
});
