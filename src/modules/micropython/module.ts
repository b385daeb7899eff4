// micropython: const() (the compiler folds module-level constants; at run time it is identity)
// and the memory-introspection functions CircuitPython keeps.
import { defineFunction, None, PyValue } from '../../objects';
import type { NativeModule } from '../module-def';

export const micropythonModule: NativeModule = {
  name: 'micropython',
  build() {
    return {
      const: defineFunction('const(value, /)', (v: PyValue) => v),
      opt_level: defineFunction('opt_level(level=None, /)', (level: PyValue) => (level === None ? 0 : None)),
      mem_info: defineFunction('mem_info(verbose=None, /)', () => None),
      qstr_info: defineFunction('qstr_info(verbose=None, /)', () => None),
      stack_use: defineFunction('stack_use()', () => 0),
      heap_lock: defineFunction('heap_lock()', () => None),
      heap_unlock: defineFunction('heap_unlock()', () => 0),
      kbd_intr: defineFunction('kbd_intr(chr, /)', () => None),
      schedule: defineFunction('schedule(function, arg, /)', () => None),
    };
  },
};
