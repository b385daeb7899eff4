// The second tier (src/vm/jit/): every program here runs twice, once interpreted and once with
// every code object compiled on first use, and both runs must print the same expected text,
// tracebacks and line numbers included; then interrupts, ticks, the recursion limit, and the
// switch from a running interpreter loop into compiled code.
import t from 'tap';
import type { Test } from 'tap';
import { PyBaseException, PyDict } from '../../../src/objects';
import { makeBuiltins } from '../../../src/builtins';
import { vmBuiltins } from '../../../src/builtins/exec';
import { buildClassFunction } from '../../../src/vm/build-class';
import { createVM, currentGlobals, currentLocals, runMain } from '../../../src/vm/run';
import { VMHooks, VMState } from '../../../src/vm/state';
import { formatException } from '../../../src/vm/traceback';
import { JitMode, setJitMode } from '../../../src/vm/jit/tier';
import { PyFunction } from '../../../src/objects/function';
import { setBoardFloats } from '../../../src/objects/board-mode';

interface Run { out: string; st: VMState; globals: PyDict | null }

function makeVM(hooks: (run: Run) => VMHooks): Run {
  const run: Run = { out: '', st: null as unknown as VMState, globals: null };
  const builtins = makeBuiltins({
    stdout: { write: (s) => { run.out += s; } },
    globals: currentGlobals,
    locals: currentLocals,
    extra: { __build_class__: buildClassFunction, ...vmBuiltins() },
  });
  run.st = createVM({ builtins, finder: { find: () => null }, hooks: hooks(run) });
  return run;
}

/** Runs source as code.py in the given mode: what it printed, then an uncaught exception's traceback. */
function runIn(mode: JitMode, source: string, hooks: (run: Run) => VMHooks = () => ({})): Run {
  setJitMode(mode);
  const run = makeVM(hooks);
  try {
    run.globals = runMain(run.st, source, 'code.py').dict;
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    run.out += formatException(e);
  } finally {
    setJitMode('auto');
  }
  return run;
}

function same(t: Test, source: string, expected: string): void {
  t.equal(runIn('off', source).out, expected, 'interpreted');
  t.equal(runIn('eager', source).out, expected, 'compiled');
}

t.test('a traceback through compiled frames names each frame and the raising line', async (t) => {
  same(t, [
    'def inner(x):',
    '    y = x + 1',
    '    return y // 0',
    'def outer(x):',
    '    z = 2',
    '    return inner(x) + z',
    'try:',
    '    outer(1)',
    'except ZeroDivisionError as e:',
    '    print("caught", e)',
    'outer(2)',
    '',
  ].join('\n'), [
    'caught division by zero',
    'Traceback (most recent call last):',
    '  File "code.py", line 11, in <module>',
    '  File "code.py", line 6, in outer',
    '  File "code.py", line 3, in inner',
    'ZeroDivisionError: division by zero',
    '',
  ].join('\n'));
});

t.test('handlers, finally, with and re-raise keep their order and __context__', async (t) => {
  same(t, [
    'class CM:',
    '    def __enter__(self):',
    '        print("enter")',
    '        return self',
    '    def __exit__(self, t, e, tb):',
    '        print("exit", t.__name__ if t else None)',
    '        return t is KeyError',
    'def f(n):',
    '    try:',
    '        with CM():',
    '            if n == 1:',
    '                raise KeyError(n)',
    '            if n == 2:',
    '                raise ValueError(n)',
    '            return "plain"',
    '    except ValueError as e:',
    '        try:',
    '            raise TypeError("inner")',
    '        except TypeError as e2:',
    '            return "context " + repr(e2.__context__)',
    '    finally:',
    '        print("finally", n)',
    'for n in range(3):',
    '    print(f(n))',
    'def g():',
    '    try:',
    '        raise OSError(5)',
    '    except OSError:',
    '        raise',
    'g()',
    '',
  ].join('\n'), [
    'enter', 'exit None', 'finally 0', 'plain',
    'enter', 'exit KeyError', 'finally 1', 'None',
    'enter', 'exit ValueError', 'finally 2', 'context ValueError(2)',
    'Traceback (most recent call last):',
    '  File "code.py", line 30, in <module>',
    '  File "code.py", line 27, in g',
    'OSError: [Errno 5] Input/output error',
    '',
  ].join('\n'));
});

t.test('ints leave the safe range for bigints and floats mix with ints as in the interpreter', async (t) => {
  same(t, [
    'def grow(x, n):',
    '    for _ in range(n):',
    '        x = x * 3 + 1',
    '    return x',
    'print(grow(1, 40), grow(-1, 40))',
    'a = 2 ** 53 - 1',
    'print(a + 1, a + a, -a - 2, 7 // 2, -7 // 2, 7 % -3, 1 << 40)',
    'print(1.5 + 2, 3 / 2, 2.0 * 0.5, 1e308 * 10, 0.1 + 0.2)',
    'print(1 < 2.5, 2.0 == 2, 10 ** 20 > 1.0)',
    '',
  ].join('\n'), [
    '18236498188585393201 -6078832729528464401',
    '9007199254740992 18014398509481982 -9007199254740993 3 -4 -2 1099511627776',
    '3.5 1.5 1.0 inf 0.30000000000000004',
    'True True True',
    '',
  ].join('\n'));
});

t.test('float results stored in locals stay unboxed until read as Python values', async (t) => {
  same(t, [
    'def step(b, c, dt):',
    '    dx = b[0] - c[0]',
    '    dy = b[1] - c[1]',
    '    d2 = dx * dx + dy * dy',
    '    mag = dt / (d2 * d2 ** 0.5)',
    '    b[2] -= dx * mag',
    '    return dx, d2, mag, id(dx) == id(dx), type(mag).__name__',
    'def mixed(n):',
    '    x = 0',
    '    for i in range(n):',
    '        x = x + 0.5 if i % 2 else x + 1',
    '        y = x * 2.0',
    '    return x, y',
    'def gen(a, b):',
    '    s = a * b',
    '    yield s',
    '    s = s - a',
    '    yield s + 0.25',
    '    yield s',
    'def handler(a, b):',
    '    q = a * b',
    '    try:',
    '        r = q / (b - b)',
    '    except ZeroDivisionError:',
    '        return q, q + 1.0',
    'def later(a, b):',
    '    q = a - b',
    '    lst = [q]',
    '    q = q * 2.0',
    '    lst.append(q)',
    '    lst.append(str(q))',
    '    return lst',
    'class F(float):',
    '    def __sub__(self, o): return F(float(self) - o + 100)',
    'print(step([1.5, 2.5, 0.0], [0.25, -1.0, 9.0], 0.01))',
    'print(step([F(1.5), 2, 0.0], [1, 1, 9.0], 0.01))',
    'print(step([3, 4, 1], [0, 0, 1], 1))',
    'print(mixed(7), list(gen(1.5, 2.0)), list(gen(3, 4)))',
    'print(handler(1.5, 2.0), handler(2, 3), later(1.5, 0.25), later(5, 2))',
    'def same_box(a, b):',
    '    q = a * b',
    '    r = q',
    '    return r is q, q is r, [q][0] is q',
    'print(same_box(1.5, 2.0))',
    '',
  ].join('\n'), [
    "(1.25, 13.8125, 0.00019480117111205427, True, 'float')",
    "(100.5, 10101.25, 9.85002471814145e-09, True, 'float')",
    "(3, 25, 0.008, True, 'float')",
    '(5.5, 11.0) [3.0, 1.75, 1.5] [12, 9.25, 9]',
    "(3.0, 4.0) (6, 7.0) [1.25, 2.5, '2.5'] [3, 6.0, '6.0']",
    '(True, True, True)',
    '',
  ].join('\n'));
});

t.test('float chains keep intermediates unboxed with the interpreter\'s results, board rounding included', async (t) => {
  const source = [
    'class F(float):',
    '    def __mul__(self, o): return F(float(self) * o + 0.5)',
    'def energy(x, y, z, m):',
    '    d = x * x + y * y + z * z',
    '    e = m * m / d - x * y * z',
    '    e -= 0.01 * d * m',
    '    return d, e, type(d).__name__',
    'def safe(x, y):',
    '    try:',
    '        return x * y + x / (y - y) * x',
    '    except ZeroDivisionError as err:',
    '        return type(err).__name__',
    'print(energy(1.5, -2.25, 0.1, 3.0), energy(1, 2, 3, 4), energy(2 ** 60, 1, 1.5, 2))',
    'print(energy(F(1.5), 2.0, 3.0, 4.0), energy(-0.0, 1.0, -0.0, 1e308))',
    'print(safe(1.5, 2.5), safe(3, 4), 0.1 * 3.0 + 0.2 * 7.0)',
    '',
  ].join('\n');
  same(t, source, [
    "(7.3225, 1.346913426083988, 'float') (14, -5.417142857142858, 'int') (1.329227995784916e+36, -2.658455991569832e+34, 'float')",
    "(15.75, -10.614126984126985, 'float') (1.0, inf, 'float')",
    'ZeroDivisionError ZeroDivisionError 1.7000000000000002',
    '',
  ].join('\n'));
  setBoardFloats(true);
  try {
    t.equal(runIn('eager', source).out, runIn('off', source).out, 'device-exact: compiled as interpreted');
  } finally {
    setBoardFloats(false);
  }
});

t.test('a rebound global and a method replaced after the caches warmed are seen at once', async (t) => {
  same(t, [
    'def value():',
    '    return 1',
    'def use():',
    '    return value()',
    'class A:',
    '    def m(self):',
    '        return "old"',
    'def call(o):',
    '    return o.m()',
    'a = A()',
    'print([use() for _ in range(3)], [call(a) for _ in range(3)])',
    'def value():',
    '    return 2',
    'A.m = lambda self: "new"',
    'print(use(), call(a))',
    'a.m = lambda: "instance"',
    'print(call(a))',
    '',
  ].join('\n'), '[1, 1, 1] [\'old\', \'old\', \'old\']\n2 new\ninstance\n');
});

t.test('iteration sees a list change under it; a dict changing size raises', async (t) => {
  same(t, [
    'xs = [1, 2, 3]',
    'for x in xs:',
    '    if x < 5:',
    '        xs.append(x + 3)',
    'print(xs)',
    'd = {1: 1}',
    'def grow():',
    '    for k in d:',
    '        d[k + 1] = 0',
    'grow()',
    '',
  ].join('\n'), [
    '[1, 2, 3, 4, 5, 6, 7]',
    'Traceback (most recent call last):',
    '  File "code.py", line 10, in <module>',
    '  File "code.py", line 8, in grow',
    'RuntimeError: dictionary changed size during iteration',
    '',
  ].join('\n'));
});

t.test('generators suspend and resume compiled: send, throw, close, yield from, a raise inside', async (t) => {
  same(t, [
    'def g():',
    '    try:',
    '        x = yield 1',
    '        yield x * 2',
    '    except ValueError as e:',
    '        yield "caught " + str(e)',
    '    finally:',
    '        print("fin")',
    'it = g()',
    'print(next(it), it.send(5), it.throw(ValueError("boom")))',
    'it.close()',
    'def inner():',
    '    try:',
    '        yield 1',
    '        yield 2',
    '    finally:',
    '        print("inner fin")',
    '    return 7',
    'def outer():',
    '    r = yield from inner()',
    '    yield r',
    'o = outer()',
    'print(next(o))',
    'o.close()',
    'print(list(outer()), sum(x * x for x in range(10)))',
    'def bad():',
    '    yield 1',
    '    raise KeyError("k")',
    'for v in bad():',
    '    print(v)',
    '',
  ].join('\n'), [
    '1 10 caught boom',
    'fin',
    '1',
    'inner fin',
    'inner fin',
    '[1, 2, 7] 285',
    '1',
    'Traceback (most recent call last):',
    '  File "code.py", line 29, in <module>',
    '  File "code.py", line 28, in bad',
    "KeyError: 'k'",
    '',
  ].join('\n'));
});

t.test('a generator suspended in the interpreter resumes in compiled code once its code is hot', async (t) => {
  const r = runIn('auto', 'def count():\n    i = 0\n    while True:\n        yield i\n        i += 1\nc = count()\nfor _ in range(1000):\n    n = next(c)\nprint(n)\n');
  t.equal(r.out, '999\n');
  t.equal(typeof (r.globals!.getStr('count') as PyFunction).code.jit, 'function');
});

t.test('the recursion limit holds in compiled code, and the VM goes on afterwards', async (t) => {
  same(t, [
    'def down(n):',
    '    return down(n + 1)',
    'try:',
    '    down(0)',
    'except RuntimeError as e:',
    '    print("RuntimeError", e)',
    'def ok(n):',
    '    return 0 if n == 0 else 1 + ok(n - 1)',
    'print(ok(900))',
    '',
  ].join('\n'), 'RuntimeError maximum recursion depth exceeded\n900\n');
});

t.test('an interrupt raises KeyboardInterrupt at the backward jump of a compiled loop', async (t) => {
  const source = 'def spin():\n    n = 0\n    while True:\n        n += 1\nspin()\n';
  for (const mode of ['off', 'eager'] as const) {
    const r = runIn(mode, source, (run) => ({ tickInterval: 50, onTick: (n) => { if (n >= 500) run.st.requestInterrupt(); } }));
    t.equal(r.out, 'Traceback (most recent call last):\n  File "code.py", line 5, in <module>\n'
      + '  File "code.py", line 4, in spin\nKeyboardInterrupt: \n', mode);
  }
});

t.test('ticks count calls and backward jumps the same in both tiers', async (t) => {
  const source = 'def f(x):\n    return x + 1\nt = 0\nfor i in range(1234):\n    t = f(t)\nprint(t)\n';
  const seen = { off: 0, eager: 0 };
  for (const mode of ['off', 'eager'] as const) {
    const r = runIn(mode, source, () => ({ tickInterval: 7, onTick: (n) => { seen[mode] = n; } }));
    t.equal(r.out, '1234\n');
  }
  t.ok(seen.off > 0);
  t.equal(seen.eager, seen.off);
});

t.test('a hot loop in a running interpreted frame continues in compiled code', async (t) => {
  const r = runIn('auto', 'def loop(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\nprint(loop(5000))\n');
  t.equal(r.out, '12497500\n');
  const loop = r.globals!.getStr('loop') as PyFunction;
  t.equal(typeof loop.code.jit, 'function');
});

t.test('code reading its frame through locals() stays interpreted', async (t) => {
  const r = runIn('eager', 'def f(a):\n    b = a * 2\n    return sorted(locals().items())\nprint(f(1))\n');
  t.equal(r.out, "[('a', 1), ('b', 2)]\n");
  t.equal((r.globals!.getStr('f') as PyFunction).code.jit, null);
});

t.test('frames used again by compiled calls: recursion, re-entry through dunders and properties, raises, interrupts', async (t) => {
  same(t, [
    'def fib(n):',
    '    if n < 2:',
    '        return n',
    '    a = fib(n - 1)',
    '    return a + fib(n - 2) + n - n',
    'class V:',
    '    def __init__(self, x):',
    '        self.x = x',
    '    def __add__(self, o):',
    '        return V(self.x + o.x) if self.x < 20 else V(self.x) + V(o.x - 1) if o.x > 0 else self',
    '    @property',
    '    def twice(self):',
    '        return self.x * 2 if self.x < 3 else V(self.x - 1).twice + 2',
    'def boom(k):',
    '    if k % 3 == 0:',
    '        raise ValueError(k)',
    '    return k',
    'def make(k):',
    '    return lambda: k',
    'fs = [make(k) for k in range(3)]',
    'caught = 0',
    'for i in range(300):',
    '    try:',
    '        caught += boom(i)',
    '    except ValueError as e:',
    '        caught -= e.args[0]',
    'print(fib(15), (V(18) + V(5)).x, (V(21) + V(3)).x, V(9).twice, caught, [f() for f in fs])',
    '',
  ].join('\n'), '610 23 21 18 15150 [0, 1, 2]\n');
  // An interrupt leaves a frame mid-call: the next call must not find it half-used.
  const source = 'def inner(n):\n    while n > 0:\n        n -= 1\n    return 7\ntry:\n    inner(10 ** 9)\nexcept KeyboardInterrupt:\n    print(inner(5), inner(6))\n';
  for (const mode of ['off', 'eager'] as const) {
    const r = runIn(mode, source, (run) => ({ tickInterval: 50, onTick: (n) => { if (n === 300) run.st.requestInterrupt(); } }));
    t.equal(r.out, '7 7\n', mode);
  }
  // A returned frame keeps no argument alive.
  const r = runIn('eager', 'def keep(a, b):\n    return a\nfor i in range(3):\n    keep([i], "x" * i)\n');
  const keep = r.globals!.getStr('keep') as PyFunction;
  t.ok(keep.spare !== null, 'a spare frame');
  t.same(keep.spare!.values.filter((v) => v !== undefined), []);
});
