// The VM: whole programs through compiler and interpreter, compared with the output python3 3.11
// gave when each case was written (recorded then, never run here), one case per language area;
// then tracebacks, interrupts, ticks, re-entrant calls from natives and the recursion limit.
import t from 'tap';
import { PyBaseException, PyBuiltinFunction, PyDict, None, call, str } from '../../../src/objects';
import { makeBuiltins } from '../../../src/builtins';
import { vmBuiltins } from '../../../src/builtins/exec';
import { buildClassFunction } from '../../../src/vm/build-class';
import { createVM, currentGlobals, currentLocals, runMain, withVM } from '../../../src/vm/run';
import { VMHooks, VMState } from '../../../src/vm/state';
import { formatException } from '../../../src/vm/traceback';
import { FoundModule } from '../../../src/vm/import';

/** Source modules the test programs may import, by name. */
const MODULES: Record<string, string> = {
  micropython: 'def const(x):\n    return x\n',
  pkg: 'NAME = "pkg"\n',
  'pkg.sub': 'from . import NAME\nfrom .. import nothing\n',
  'pkg.mod': 'from . import NAME as N\nVALUE = N + ".mod"\n',
  helper: 'def boom(n):\n    if n:\n        return boom(n - 1)\n    raise ValueError("deep")\n',
};

interface Run { out: string; st: VMState }

function makeVM(hooks: VMHooks = {}, extra: Record<string, unknown> = {}): Run {
  const run: Run = { out: '', st: null as unknown as VMState };
  const builtins = makeBuiltins({
    stdout: { write: (s) => { run.out += s; } },
    globals: currentGlobals,
    locals: currentLocals,
    extra: { __build_class__: buildClassFunction, ...vmBuiltins(), ...(extra as Record<string, never>) },
  });
  const finder = {
    find(name: string): FoundModule | null {
      const src = MODULES[name];
      if (src === undefined) return null;
      const isPackage = name === 'pkg';
      return { kind: 'source', source: src, filename: isPackage ? 'pkg/__init__.py' : `${name.replace('.', '/')}.py`, isPackage };
    },
  };
  run.st = createVM({ builtins, finder, hooks });
  return run;
}

/** Runs source as code.py; returns what it printed plus the traceback of an uncaught exception. */
function runProgram(source: string, filename = 'code.py', hooks: VMHooks = {}): string {
  const run = makeVM(hooks);
  try {
    runMain(run.st, source, filename);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    run.out += formatException(e);
  }
  return run.out;
}

const CASES: [name: string, source: string, expected: string][] = [
  [
    "async_coroutines",
    `class Suspend:
    def __await__(self):
        value = yield 'suspended'
        return value
async def leaf(n):
    got = await Suspend()
    return n + got
async def mid():
    total = 0
    for i in range(2):
        total += await leaf(i)
    return total
def run(coro):
    value = None
    while True:
        try:
            print('yielded', coro.send(value))
            value = 10
        except StopIteration as e:
            return e.value
print(run(mid()))
class ACM:
    async def __aenter__(self):
        print('aenter')
        return 'res'
    async def __aexit__(self, *exc):
        print('aexit', exc[0])
class ARange:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    async with ACM() as r:
        print('inside', r)
    async for i in ARange(3):
        print('item', i)
    try:
        await leaf(1)
    except ValueError as e:
        print('thrown in', e)
    return 'main done'
c = main()
print(c.send(None))
print(c.throw(ValueError('boom')) if False else 'skip')
try:
    c.throw(ValueError('boom'))
except StopIteration as e:
    print(e.value)
`,
    `yielded suspended
yielded suspended
21
aenter
inside res
aexit None
item 1
item 2
item 3
suspended
skip
thrown in boom
main done
`,
  ],
  [
    "calls_all_kinds",
    `def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, sorted(kw.items())
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7, y=8))
print(f(*[1, 2], **{'d': 0, 'c': 9}))
def g(*, only): return only
print(g(only=1))
try:
    g(1)
except TypeError as e:
    print('TypeError')
print((lambda *a, **k: (a, sorted(k)))(1, 2, x=3))
`,
    `(1, 2, 3, (), 4, 5, [])
(1, 2, 3, (4, 5), 6, 5, [('y', 8), ('z', 7)])
(1, 2, 9, (), 0, 5, [])
1
TypeError
((1, 2), ['x'])
`,
  ],
  [
    "classes_features",
    `class Base:
    count = 0
    def __init__(self, v):
        self.v = v
        Base.count += 1
    def show(self): return 'Base(%s)' % self.v
    @classmethod
    def make(cls, v): return cls(v)
    @staticmethod
    def twice(x): return 2 * x
    @property
    def double(self): return self.v * 2
class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    def show(self): return 'Child:' + super().show()
class Mix:
    def show(self): return 'Mix'
class D(Child, Mix): pass
c = Child.make(1, 2) if False else Child(1, 2)
print(c.show(), c.double, Base.twice(4), Base.count, D.__mro__[1].__name__)
print(D(3, 4).show(), isinstance(D(1, 1), Mix))
class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return 'Vec(%d, %d)' % (self.x, self.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
print(Vec(1, 2) + Vec(3, 4), 3 * Vec(1, 1), Vec(1, 2) == Vec(1, 2), len(Vec(0, 0)), list(Vec(5, 6)))
class Dyn:
    def __getattr__(self, name): return 'dyn_' + name
print(Dyn().anything)
class Desc:
    def __get__(self, obj, owner): return 'desc' if obj else 'cls'
    def __set__(self, obj, v): obj.__dict__['_v'] = v
class H:
    d = Desc()
h = H(); h.d = 5
print(h.d, H.d, h._v)
def deco(cls):
    cls.tag = 'decorated'
    return cls
@deco
class T: pass
print(T.tag, T.__name__, T.__qualname__)
class Outer:
    class Inner:
        def m(self): return __class__.__qualname__
print(Outer.Inner().m())
`,
    `Child:Base(1) 2 8 1 Child
Child:Base(3) True
Vec(4, 6) Vec(3, 3) True 2 [5, 6]
dyn_anything
desc cls 5
decorated T T
Outer.Inner
`,
  ],
  [
    "closures_nonlocal",
    `def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get(): return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get())
def outer():
    x = 'outer'
    def mid():
        def inner(): return x
        return inner
    return mid()()
print(outer())
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
def arg_cell(a):
    def get(): return a
    a += 1
    return get()
print(arg_cell(1))
x = 'global'
def read_global():
    global x
    x = 'changed'
read_global(); print(x)
`,
    `6
outer
[2, 2, 2]
2
changed
`,
  ],
  [
    "comprehensions_scopes",
    `x = 'outer'
print([x for x in range(3)], x)
print({k: v for k, v in [(1, 'a'), (2, 'b')]})
print({c for c in 'hello'} == set('helo'))
print([(i, j) for i in range(3) for j in range(i) if j])
print([[y * 2 for y in row] for row in [[1, 2], [3]]])
class K:
    n = 3
    items = [i for i in range(n)]
print(K.items)
print(sum(i * i for i in range(5)), [y := 5, y ** 2])
print(max((len(w), w) for w in 'a bb ccc'.split()))
`,
    `[0, 1, 2] outer
{1: 'a', 2: 'b'}
True
[(2, 1)]
[[2, 4], [6]]
[0, 1, 2]
30 [5, 25]
(3, 'ccc')
`,
  ],
  [
    "exceptions_flow",
    `def f(x):
    try:
        if x == 0: return 'ret'
        if x == 1: raise KeyError('k')
        return 'no'
    except KeyError as e:
        return 'exc ' + str(e)
    else:
        return 'else'
    finally:
        print('finally', x)
print(f(0), f(1), f(2))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('inner')
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__)
try:
    raise RuntimeError('a') from KeyError('b')
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise IndexError(1)
    except (KeyError, IndexError) as e:
        print('tuple match', type(e).__name__)
        raise
except IndexError:
    print('reraised')
e = 'before'
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError:
    print('e deleted')
for i in range(4):
    try:
        if i == 1: continue
        if i == 3: break
    finally:
        print('loop finally', i)
def nested():
    for i in range(3):
        try:
            try:
                return i
            finally:
                print('inner', i)
        finally:
            print('outer', i)
print(nested())
`,
    `finally 0
finally 1
finally 2
ret exc 'k' no
ZeroDivisionError None
KeyError('b') True
tuple match IndexError
reraised
e deleted
loop finally 0
loop finally 1
loop finally 2
loop finally 3
inner 0
outer 0
0
`,
  ],
  [
    "generators_protocol",
    `def gen():
    got = yield 1
    print('got', got)
    try:
        yield 2
    except ValueError as e:
        print('caught', e)
        yield 3
    finally:
        print('finally')
    return 'ret'
g = gen()
print(next(g), g.send('x'), g.throw(ValueError('v')))
try:
    g.send(None)
except StopIteration as e:
    print('stop', e.args)
def sub():
    x = yield 'a'
    print('sub got', x)
    return 'subret'
def deleg():
    r = yield from sub()
    print('r', r)
    yield 'b'
d = deleg()
print(next(d), d.send(42))
c = gen(); next(c); c.close(); print('closed')
print(list(x * 2 for x in range(4) if x))
def inf():
    i = 0
    while True:
        yield i
        i += 1
for v in inf():
    if v > 3: break
print(v)
`,
    `got x
caught v
1 2 3
finally
stop ('ret',)
sub got 42
r subret
a b
closed
[2, 4, 6]
4
`,
  ],
  [
    "misc_statements",
    "from micropython import const\nX = const(40)\nY = const(X + 2)\ndef use(): return X + Y\nprint(use())\nassert X == 40\ntry:\n    assert X == 1, 'x is %d' % X\nexcept AssertionError as e:\n    print('AssertionError', e)\na = [1, 2, 3, 4]\ndel a[0], a[-1]\nprint(a)\nd = {'k': 1}\ndel d['k']\nprint(d)\ni = 0\nwhile i < 10:\n    i += 1\n    if i % 2: continue\n    if i > 6: break\nelse:\n    print('no break')\nprint(i)\nfor j in range(2): pass\nelse: print('for else', j)\ndef ann(a: int, b: 'str' = 'x') -> None:\n    c: int = 5\n    d: list\n    return a, b, c\nprint(ann(1))\nprint(f'{1 + 1} {\"q\"!r:>5} {3.5:.2f} {{}}')\nprint(eval('1 + 2'), eval('x * 2', {'x': 21}))\nns = {}\nexec('def h(): return 7\\nv = h()', ns)\nprint(ns['v'])\nprint(compile('3 * 3', '<s>', 'eval').co_filename)\ng = 1\ndef uses_global():\n    return g + 1\nprint(uses_global())\n",
    `82
AssertionError x is 40
[2, 3]
{}
8
for else 1
(1, 'x', 5)
2   'q' 3.50 {}
3 42
7
<s>
2
`,
  ],
  [
    "operators_chains",
    `x = 5
print(1 < x < 10, 1 < x > 10, x == 5 != 4, 0 <= x <= 4)
print(2 ** 10, 2 ** -1, -7 // 2, -7 % 3, 7 / 2, 10 // 3, 1 << 40, (1 << 70) >> 68)
print(6 & 3, 6 | 3, 6 ^ 3, ~6, -(-3), +4)
n = 10
n += 5; n -= 1; n *= 2; n //= 3; n %= 5; n <<= 2; n |= 1
print(n)
s = 'ab'; s += 'c'; s *= 2
print(s)
l = [1]; l2 = l; l += [2]
print(l is l2, l)
print(not 0, not [], 1 and 2, 0 or 'z', None or 0)
print(3 if x > 4 else 4, 'a' in 'cat', 3 not in [1, 2])
print(x is 5, -16 is -16, None is None)
print(9007199254740991 + 2, -9007199254740991 - 2, 3 * 9007199254740991)
`,
    `True False True False
1024 0.5 -4 2 3.5 3 1099511627776 4
2 7 5 -7 3 4
17
abcabc
True [1, 2]
True True 2 z 0
3 True True
True True True
9007199254740993 -9007199254740993 27021597764222973
`,
  ],
  [
    "recursion_limit",
    `def down(n): return down(n + 1)
try:
    down(0)
except RuntimeError as e:
    print('RuntimeError', e)
def ok(n): return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500))
`,
    `RuntimeError maximum recursion depth exceeded
500
`,
  ],
  [
    "unpacking_starred",
    `a, *b, c = range(6)
print(a, b, c)
*init, last = 'xyz'
print(init, last)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *_ = [9]
print(first, _)
print([*range(3), *'ab'], (*[1], 2), {**{'a': 1}, 'b': 2}, {*[1, 1], 2})
def f(*a, **k): return a, k
print(f(*(1, 2), 3, *[4], x=1, **{'y': 2}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
for i, (n, m) in enumerate([(1, 2), (3, 4)]):
    print(i, n + m)
`,
    `0 [1, 2, 3, 4] 5
['x', 'y'] z
1 2 3
9 []
[0, 1, 2, 'a', 'b'] (1, 2) {'a': 1, 'b': 2} {1, 2}
((1, 2, 3, 4), {'x': 1, 'y': 2})
too many values to unpack (expected 2)
not enough values to unpack (expected 3, got 1)
0 3
1 7
`,
  ],
  [
    "with_statement",
    `class CM:
    def __init__(self, name, suppress=False): self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.suppress
with CM('a') as a, CM('b') as b:
    print('body', a, b)
with CM('s', True):
    raise KeyError('gone')
print('suppressed')
try:
    with CM('n'):
        raise ValueError('kept')
except ValueError as e:
    print('propagated', e)
def ret():
    with CM('r'):
        return 'value'
print(ret())
for i in range(2):
    with CM(i):
        if i == 0: continue
        break
`,
    `enter a
enter b
body a b
exit b None None
exit a None None
enter s
exit s KeyError 'gone'
suppressed
enter n
exit n ValueError kept
propagated kept
enter r
exit r None None
value
enter 0
exit 0 None None
enter 1
exit 1 None None
`,
  ],
];

for (const [name, source, expected] of CASES) {
  t.test(name, async (t) => {
    t.equal(runProgram(source, `${name}.py`), expected);
  });
}

t.test('traceback lists frames outermost first, without source lines', async (t) => {
  const out = runProgram('def f(x):\n    raise ValueError(x)\ndef g():\n    f(0)\ng()\n', 'code.py');
  t.equal(out, [
    'Traceback (most recent call last):',
    '  File "code.py", line 5, in <module>',
    '  File "code.py", line 4, in g',
    '  File "code.py", line 2, in f',
    'ValueError: 0',
    '',
  ].join('\n'));
});

t.test('traceback of an exception raised inside an except block shows both', async (t) => {
  const out = runProgram("try:\n    {}['k']\nexcept KeyError:\n    raise ValueError('v')\n");
  t.match(out, /KeyError: 'k'\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback \(most recent call last\):\n  File "code.py", line 4, in <module>\nValueError: v\n$/);
});

t.test('raise from prints the cause first; from None hides the context', async (t) => {
  t.match(runProgram("try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise KeyError('x') from e\n"),
    /The above exception was the direct cause of the following exception:/);
  t.notMatch(runProgram("try:\n    1/0\nexcept ZeroDivisionError:\n    raise KeyError('x') from None\n"), /ZeroDivisionError/);
});

t.test('bare raise and RERAISE keep the original line', async (t) => {
  const out = runProgram('def f():\n    try:\n        x = [][1]\n    except IndexError:\n        raise\nf()\n');
  t.match(out, /line 6, in <module>\n  File "code.py", line 3, in f\nIndexError/);
});

t.test('traceback through an imported module and a generator', async (t) => {
  const out = runProgram('import helper\ndef gen():\n    yield 1\n    helper.boom(1)\nfor x in gen():\n    pass\n');
  t.equal(out, [
    'Traceback (most recent call last):',
    '  File "code.py", line 5, in <module>',
    '  File "code.py", line 4, in gen',
    '  File "helper.py", line 3, in boom',
    '  File "helper.py", line 4, in boom',
    'ValueError: deep',
    '',
  ].join('\n'));
});

t.test('syntax errors are reported with file, line, source line and caret', async (t) => {
  t.equal(runProgram('x = 1\nreturn x\n'), '  File "code.py", line 2\n    return x\n    ^\nSyntaxError: \'return\' outside function\n');
  t.match(runProgram('def f():\n    nonlocal q\n'), /SyntaxError: no binding for nonlocal 'q' found/);
});

t.test('imports: packages, relative imports, sys.modules caching, missing modules', async (t) => {
  const out = runProgram([
    'import pkg.mod',
    'from pkg.mod import VALUE',
    'import pkg.mod as m',
    'print(pkg.mod.VALUE, VALUE, m is pkg.mod, pkg.NAME)',
    'try:',
    '    import pkg.sub',
    'except ImportError as e:',
    '    print("ImportError", e)',
    'try:',
    '    import nowhere',
    'except ImportError as e:',
    '    print(e)',
    'try:',
    '    from pkg import missing',
    'except ImportError as e:',
    '    print(e)',
    '',
  ].join('\n'));
  t.equal(out, "pkg.mod pkg.mod True pkg\nImportError attempted relative import beyond top-level package\nno module named 'nowhere'\ncannot import name missing\n");
});

t.test('natives call back into Python re-entrantly', async (t) => {
  const out = runProgram([
    'class K:',
    '    def __init__(self, v): self.v = v',
    '    def __eq__(self, o): return self.v == o.v',
    '    def __hash__(self): return hash(self.v)',
    'd = {K(1): "one"}',
    'print(d[K(1)], sorted([3, 1, 2], key=lambda x: -x), list(map(lambda x: x * 2, range(3))))',
    'def gen():',
    '    yield from sorted([(yield_ := 2), 1])',
    'print(max(gen()), sum(x for x in range(4)))',
    '',
  ].join('\n'));
  t.equal(out, 'one [3, 2, 1] [0, 2, 4]\n2 6\n');
});

t.test('ticks: onTick runs every tickInterval backward jumps and calls', async (t) => {
  const seen: number[] = [];
  runProgram('for i in range(1000):\n    pass\n', 'code.py', { tickInterval: 100, onTick: (n) => { seen.push(n); } });
  t.ok(seen.length >= 9 && seen.length <= 11, `ticks seen: ${seen.length}`);
  t.same(seen.slice(0, 2), [100, 200]);
});

t.test('an interrupt request raises KeyboardInterrupt in the running loop', async (t) => {
  const run = makeVM({ tickInterval: 50, onTick: (n) => { if (n >= 500) run.st.requestInterrupt(); } });
  let caught: unknown = null;
  try {
    runMain(run.st, 'while True:\n    pass\n', 'code.py');
  } catch (e) {
    caught = e;
  }
  t.ok(caught instanceof PyBaseException);
  t.equal(formatException(caught as PyBaseException), 'Traceback (most recent call last):\n  File "code.py", line 2, in <module>\nKeyboardInterrupt: \n');
  // And Python code can catch it and go on.
  const run2 = makeVM({ tickInterval: 50, onTick: (n) => { if (n === 500) run2.st.requestInterrupt(); } });
  runMain(run2.st, 'try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print("stopped")\n', 'code.py');
  t.equal(run2.out, 'stopped\n');
});

t.test('the recursion limit is a RuntimeError and the VM keeps working after it', async (t) => {
  const out = runProgram('def r(n):\n    return r(n + 1)\ntry:\n    r(0)\nexcept RuntimeError as e:\n    print(e)\nprint(r.__name__)\n');
  t.equal(out, 'maximum recursion depth exceeded\nr\n');
  const deep = runProgram('class A:\n    def __init__(self, n):\n        self.c = A(n - 1) if n else None\ntry:\n    A(100000)\nexcept RuntimeError as e:\n    print("RuntimeError", e)\n');
  t.equal(deep, 'RuntimeError maximum recursion depth exceeded\n');
});

t.test('a native function can call a Python function through call()', async (t) => {
  const run = makeVM({}, {
    apply: new PyBuiltinFunction('apply', (args) => call(args[0], args.slice(1))),
  });
  runMain(run.st, 'def add(a, b=10):\n    return a + b\nprint(apply(add, 1), apply(add, 1, 2))\n', 'code.py');
  t.equal(run.out, '11 3\n');
  // Calling back in from outside any run uses withVM.
  const f = (run.st.modules.getStr('__main__') as unknown as { dict: PyDict }).dict.getStr('add')!;
  t.equal(str(withVM(run.st, () => call(f, [5]))), '15');
  t.equal(None, None);
});

t.test('an exception crossing Python frames runs each finally and keeps every frame in the traceback', async (t) => {
  const out = runProgram([
    'def a(n):',
    '    try:',
    '        if n == 0:',
    '            raise KeyError(n)',
    '        return a(n - 1)',
    '    finally:',
    '        print("finally", n)',
    'class C:',
    '    def __init__(self, n):',
    '        a(n)',
    'try:',
    '    C(2)',
    'except KeyError as e:',
    '    print("caught", e, len(__import__("sys").exc_info()) if False else "")',
    'C(1)',
    '',
  ].join('\n'));
  t.equal(out, [
    'finally 0', 'finally 1', 'finally 2', 'caught 0 ',
    'finally 0', 'finally 1',
    'Traceback (most recent call last):',
    '  File "code.py", line 15, in <module>',
    '  File "code.py", line 10, in __init__',
    '  File "code.py", line 5, in a',
    '  File "code.py", line 4, in a',
    'KeyError: 0',
    '',
  ].join('\n'));
});
