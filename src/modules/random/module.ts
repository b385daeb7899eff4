// random: CircuitPython's module over the yasmarang generator, with its argument rules and error
// texts; no shuffle/sample/choices, as on the board. reference: runtime-modules.md §4.
import { defineFunction, None, PyValue, newException, newIndexError, newValueError, ValueError, getItem, len } from '../../objects';
import type { Runtime } from '../../runtime/runtime';
import { float, toInteger, toNumber } from '../args-util';
import type { NativeModule } from '../module-def';

/** C's truncating division, which the board uses to count a range's steps. */
function truncDiv(a: number, b: number): number {
  return Math.trunc(a / b);
}

export const randomModule: NativeModule = {
  name: 'random',
  build(rt: Runtime) {
    const g = rt.rng;
    // An empty range is "invalid step" when the program gave a step, else "stop not reachable".
    const randrange = (start: number, stop: number, step: number, stepGiven: boolean): number => {
      if (step === 0) throw newValueError('randrange step cannot be zero');
      const count = step > 0 ? truncDiv(stop - start + step - 1, step) : truncDiv(stop - start + step + 1, step);
      if (count <= 0) throw newValueError(stepGiven ? 'invalid step' : 'stop not reachable from start');
      return start + step * g.below(count);
    };
    return {
      seed: defineFunction('seed(n=None, /)', (n: PyValue) => {
        g.seed(n === None ? rt.entropyWord() : Number(BigInt.asUintN(32, BigInt(toInteger(n, 'n')))));
        return None;
      }),
      getrandbits: defineFunction('getrandbits(k, /)', (k: PyValue) => {
        const bits = toInteger(k, 'k');
        if (bits < 0 || bits > 32) throw newException(ValueError);
        return g.getrandbits(bits);
      }),
      randrange: defineFunction('randrange(start, stop=None, step=?, /)', (a: PyValue, b: PyValue, s: PyValue | undefined) => {
        if (b === None) return randrange(0, toInteger(a, 'stop'), 1, false);
        return randrange(toInteger(a, 'start'), toInteger(b, 'stop'), s === undefined ? 1 : toInteger(s, 'step'), s !== undefined);
      }),
      randint: defineFunction('randint(a, b, /)', (a: PyValue, b: PyValue) => {
        const lo = toInteger(a, 'a'), hi = toInteger(b, 'b');
        if (hi < lo) throw newException(ValueError);
        return randrange(lo, hi + 1, 1, false);
      }),
      choice: defineFunction('choice(seq, /)', (seq: PyValue) => {
        const n = len(seq);
        if (n === 0) throw newIndexError('empty sequence');
        return getItem(seq, g.below(n));
      }),
      random: defineFunction('random()', () => float(g.random())),
      uniform: defineFunction('uniform(a, b, /)', (a: PyValue, b: PyValue) => {
        const lo = toNumber(a, 'a'), hi = toNumber(b, 'b');
        return float(Math.fround(lo + Math.fround(Math.fround(hi - lo) * g.random())));
      }),
    };
  },
};
