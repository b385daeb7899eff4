// select: poll() and select() over the program's streams. Nothing outside the program can make
// a stream readable here, so only POLLOUT is ever ready; waiting with nothing ready sleeps the
// board's clock (asyncio's scheduler idles this way between tasks). A poll(-1) that could block
// forever returns empty after 1 ms, which callers loop on.
import { PyObject, PyValue, defineClass, defineFunction, getIter, newList, newTuple, toArray, None } from '../../objects';
import { asFloat, newException, OSError } from '../../objects';
import type { Runtime } from '../../runtime/runtime';
import { toInteger } from '../args-util';
import type { NativeModule } from '../module-def';

const POLLIN = 1, POLLOUT = 4, POLLERR = 8, POLLHUP = 16;

class PollObj extends PyObject {
  rt: Runtime | null = null;
  entries = new Map<PyValue, number>();

  ready(): PyValue[] {
    const out: PyValue[] = [];
    for (const [obj, mask] of this.entries) if (mask & POLLOUT) out.push(newTuple([obj, POLLOUT]));
    return out;
  }

  poll(timeout: PyValue): PyValue[] {
    const r = this.ready();
    if (r.length > 0) return r;
    const ms = timeout === None ? -1 : toInteger(timeout, 'timeout');
    this.rt!.sleepMs(ms < 0 ? 1 : ms);
    return this.ready();
  }
}

const pollType = defineClass({
  name: 'poll',
  module: 'select',
  subclassable: false,
  methods: {
    'register(self, obj, eventmask=5, /)': (self: PollObj, obj: PyValue, mask: PyValue) => {
      self.entries.set(obj, toInteger(mask, 'eventmask'));
    },
    'unregister(self, obj, /)': (self: PollObj, obj: PyValue) => { self.entries.delete(obj); },
    'modify(self, obj, eventmask, /)': (self: PollObj, obj: PyValue, mask: PyValue) => {
      if (!self.entries.has(obj)) throw newException(OSError, 2);
      self.entries.set(obj, toInteger(mask, 'eventmask'));
    },
    'poll(self, timeout=-1, /)': (self: PollObj, timeout: PyValue) => newList(self.poll(timeout)),
    'ipoll(self, timeout=-1, flags=0, /)': (self: PollObj, timeout: PyValue) => getIter(newList(self.poll(timeout))),
  },
});

export const selectModule: NativeModule = {
  name: 'select',
  build(rt: Runtime) {
    return {
      poll: defineFunction('poll()', () => {
        const p = new PollObj(pollType);
        p.rt = rt;
        return p;
      }),
      select: defineFunction('select(rlist, wlist, xlist, timeout=None, /)', (_r: PyValue, w: PyValue, _x: PyValue, timeout: PyValue) => {
        const writable = toArray(w);
        if (writable.length === 0 && timeout !== None) rt.sleepMs(Math.max(0, (asFloat(timeout) ?? 0) * 1000));
        return newTuple([newList([]), newList(writable), newList([])]);
      }),
      POLLIN, POLLOUT, POLLERR, POLLHUP,
    };
  },
};
