// gc: collection is the host's business; mem_free/mem_alloc report the board's heap budget so
// games that print or check free memory see numbers in the board's range.
import { defineFunction, None } from '../../objects';
import type { Runtime } from '../../runtime/runtime';
import type { NativeModule } from '../module-def';

export const gcModule: NativeModule = {
  name: 'gc',
  build(rt: Runtime) {
    let enabled = true;
    let threshold = -1;
    return {
      collect: defineFunction('collect()', () => None),
      enable: defineFunction('enable()', () => { enabled = true; return None; }),
      disable: defineFunction('disable()', () => { enabled = false; return None; }),
      isenabled: defineFunction('isenabled()', () => enabled),
      mem_free: defineFunction('mem_free()', () => rt.memory.free()),
      mem_alloc: defineFunction('mem_alloc()', () => rt.memory.allocated()),
      threshold: defineFunction('threshold(amount=None, /)', (amount) => {
        if (amount === None) return threshold;
        threshold = Number(amount);
        return None;
      }),
    };
  },
};
