// Passing values through a chain of `yield from` without entering the delegating frames
// (vm/generator.ts forward): it must be invisible. A trace hook turns it off, so every program
// here runs three ways (traced, interpreted, compiled) and must print the same, tick at the same
// points with the same frame running, take interrupts at the same place and hit the recursion
// limit at the same depth.
import t from 'tap';
import type { Test } from 'tap';
import { PyBaseException, PyBuiltinFunction, None } from '../../../src/objects';
import { makeBuiltins } from '../../../src/builtins';
import { vmBuiltins } from '../../../src/builtins/exec';
import { buildClassFunction } from '../../../src/vm/build-class';
import { createVM, currentGlobals, currentLocals, runMain } from '../../../src/vm/run';
import { VMState } from '../../../src/vm/state';
import { formatException } from '../../../src/vm/traceback';
import { JitMode, setJitMode } from '../../../src/vm/jit/tier';

interface Options {
  tickInterval?: number;
  /** Requests an interrupt at the tick whose running total is this. */
  interruptAt?: number;
  recursionLimit?: number;
}

/** Output, traceback and tick log of source run traced (no forwarding), or in a tier. */
function runWay(way: 'traced' | JitMode, source: string, o: Options): string {
  setJitMode(way === 'traced' ? 'off' : way);
  let out = '';
  const ticks: string[] = [];
  let st: VMState | null = null;
  const builtins = makeBuiltins({
    stdout: { write: (s) => { out += s; } },
    globals: currentGlobals,
    locals: currentLocals,
    extra: {
      __build_class__: buildClassFunction,
      ...vmBuiltins(),
      // Asks for an interrupt from inside a native call, as a display refresh may.
      interrupt: new PyBuiltinFunction('interrupt', () => { st!.requestInterrupt(); return None; }),
    },
  });
  st = createVM({
    builtins,
    finder: { find: () => null },
    recursionLimit: o.recursionLimit,
    hooks: {
      tickInterval: o.tickInterval ?? 1000,
      onTick: (n) => {
        ticks.push(`${n}:${st!.frame?.code.name}`);
        if (n === o.interruptAt) st!.requestInterrupt();
      },
      trace: way === 'traced' ? () => undefined : undefined,
    },
  });
  try {
    runMain(st, source, 'code.py');
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    out += formatException(e);
  } finally {
    setJitMode('auto');
  }
  const units = st.ticks + st.tickInterval - st.budget;
  return `${out}--- ${units} units, ticks ${ticks.join(' ')}`;
}

function same(t: Test, source: string, o: Options = {}): string {
  const traced = runWay('traced', source, o);
  t.equal(runWay('off', source, o), traced, 'interpreted');
  t.equal(runWay('eager', source, o), traced, 'compiled');
  return traced;
}

const TREE = `
def tree(depth):
    if depth == 0:
        yield 1
        return 'leaf'
    yield depth
    a = yield from tree(depth - 1)
    b = yield from tree(depth - 1)
    return a + b
def total():
    r = yield from tree(5)
    print('returned', r)
`;

t.test('values, return values and ticks through a recursive chain', async (t) => {
  for (const tickInterval of [3, 4, 7, 1000]) {
    const out = same(t, `${TREE}print(sum(total()))\n`, { tickInterval });
    t.match(out, /^returned leafleafleafleaf/);
  }
});

t.test('an interrupt requested at a tick lands where it would without forwarding', async (t) => {
  for (const interruptAt of [35, 40, 45, 50, 55]) {
    const out = same(t, `${TREE}
try:
    for i in range(100):
        for v in total():
            pass
except KeyboardInterrupt:
    print('interrupted')
`, { tickInterval: 5, interruptAt });
    t.match(out, /interrupted/);
  }
});

t.test('an interrupt requested by a native in the innermost generator as it returns', async (t) => {
  const out = same(t, `
def leaf():
    yield 1
    interrupt()
def middle():
    yield from leaf()
    print('middle ran on')
    while True:
        pass
def top():
    yield from middle()
g = top()
next(g)
next(g)
`, { tickInterval: 50 });
  t.match(out, /middle ran on\nTraceback[^]*line 9, in middle\nKeyboardInterrupt/);
});

t.test('an exception from the innermost generator unwinds each delegating frame in turn', async (t) => {
  same(t, `
def leaf(n):
    yield n
    yield n + 1
    raise ValueError(n)
def relay(it, name):
    try:
        r = yield from it
    finally:
        print('finally', name)
    return r
def handler():
    try:
        yield from relay(relay(leaf(3), 'inner'), 'outer')
    except ValueError as e:
        print('caught', e)
        yield from relay(leaf(10), 'again')
print(list(relay(handler(), 'top')))
`, { tickInterval: 3 });
});

t.test('the recursion limit counts the skipped frames', async (t) => {
  const out = same(t, `
def deep(n):
    if n == 0:
        yield 'bottom'
        yield probe(0)
    else:
        yield from deep(n - 1)
def probe(k):
    try:
        return probe(k + 1)
    except RuntimeError:
        return k
for n in (5, 30, 35, 45):
    g = deep(n)
    try:
        print(next(g), next(g))
    except RuntimeError as e:
        print(n, e)
`, { recursionLimit: 40 });
  t.match(out, /^bottom 32\nbottom 7\nbottom 2\n45 maximum recursion depth exceeded\n/);
});

t.test('a generator in the chain resumed from below is already executing', async (t) => {
  same(t, `
def inner():
    yield 1
    try:
        next(outer)
    except ValueError as e:
        print(e)
    try:
        outer.send(None)
    except ValueError as e:
        print(e)
    yield 2
def middle():
    yield from inner()
def top():
    yield from middle()
outer = top()
print(list(outer))
`);
});

t.test('the exception a delegating generator handles, resumed by a caller handling the same one', async (t) => {
  same(t, `
def sub():
    yield 1
    yield 2
    yield 3
def gen():
    try:
        raise KeyError('k')
    except KeyError as e:
        yield e
        yield from sub()
        raise
g = gen()
err = next(g)
print(next(g))
try:
    raise err
except KeyError:
    print(next(g))
print(next(g))
try:
    next(g)
except Exception as e:
    print(type(e).__name__, e)
`);
});
