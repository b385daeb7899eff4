// Speed paths of the interpreter (vm/DESIGN.md, "Why it is fast"), each against the case that
// must defeat it: what counts as work for the virtual clock, and the caches' invalidations.
import t from 'tap';
import { PyBaseException } from '../../../src/objects';
import { makeBuiltins } from '../../../src/builtins';
import { vmBuiltins } from '../../../src/builtins/exec';
import { buildClassFunction } from '../../../src/vm/build-class';
import { createVM, currentGlobals, currentLocals, runMain } from '../../../src/vm/run';
import { VMHooks } from '../../../src/vm/state';
import { formatException } from '../../../src/vm/traceback';

function runProgram(source: string, hooks: VMHooks = {}): string {
  let out = '';
  const builtins = makeBuiltins({
    stdout: { write: (s) => { out += s; } },
    globals: currentGlobals,
    locals: currentLocals,
    extra: { __build_class__: buildClassFunction, ...vmBuiltins() },
  });
  const st = createVM({ builtins, finder: { find: () => null }, hooks });
  try {
    runMain(st, source, 'code.py');
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    out += formatException(e);
  }
  return out;
}

t.test('work units: one per frame entry and one per backward jump, wherever the tick falls', async (t) => {
  // The module frame, ten calls of f, ten backward jumps of the for loop, three of the while.
  const src = 'def f():\n    pass\nfor i in range(10):\n    f()\nn = 3\nwhile n:\n    n -= 1\n';
  for (const interval of [1, 2, 7, 1000]) {
    let last = 0;
    const seen: number[] = [];
    runProgram(src, { tickInterval: interval, onTick: (n) => { seen.push(n); last = n; } });
    t.equal(seen.length, Math.floor(24 / interval), `interval ${interval}`);
    if (seen.length) t.equal(last, seen.length * interval);
  }
});
