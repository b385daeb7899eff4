// busio.I2C(scl, sda, *, frequency=100000, timeout=255): a bus whose targets are the board's
// emulated chips (the LIS3DH). Transactions need the lock, as on the board.
import { PyObject, PyValue, defineClass, newException, newList, newValueError, OSError, RuntimeError } from '../../objects';
import type { ClaimedPin } from '../../runtime/board-hardware';
import type { Runtime } from '../../runtime/runtime';
import { toInteger } from '../args-util';
import { claimPin, DEINIT_MESSAGE, releasePin } from '../pins-util';
import { bufferRange } from './buffers';
import { I2CTarget, Lis3dh } from './lis3dh';

/** The I2C targets wired to the board's bus, by 7-bit address. */
export function boardTargets(rt: Runtime): Map<number, I2CTarget> {
  const targets = new Map<number, I2CTarget>();
  const acc = rt.board.accelerometer;
  if (acc && acc.chip === 'LIS3DH') targets.set(acc.address, new Lis3dh());
  return targets;
}

export class I2CObj extends PyObject {
  pins: ClaimedPin[] | null = null;
  locked = false;
  frequency = 100000;
  targets = new Map<number, I2CTarget>();

  live(): void {
    if (this.pins === null) throw newValueError(DEINIT_MESSAGE);
  }

  /** A transaction: needs the lock and a target that answers. */
  target(address: PyValue): I2CTarget {
    this.live();
    if (!this.locked) throw newException(RuntimeError, 'Function requires lock');
    const t = this.targets.get(toInteger(address, 'address'));
    if (t === undefined) throw newException(OSError, 19);
    return t;
  }

  deinit(): void {
    if (this.pins) this.pins.forEach(releasePin);
    this.pins = null;
  }
}

/** The I2C class of one run: every instance talks to that run's targets. */
export function makeI2CType(targetsOf: () => Map<number, I2CTarget>) {
  return defineClass({
    name: 'I2C',
    module: 'busio',
    alloc: (cls) => new I2CObj(cls),
    init: ['__init__(self, scl, sda, *, frequency=100000, timeout=255)', (self: I2CObj, scl: PyValue, sda: PyValue, freq: PyValue) => {
      const c = claimPin(scl, 'I2C', 'scl');
      try {
        self.pins = [c, claimPin(sda, 'I2C', 'sda')];
      } catch (e) {
        releasePin(c);
        throw e;
      }
      self.frequency = toInteger(freq, 'frequency');
      self.targets = targetsOf();
    }],
    methods: {
      'deinit(self)': (self: I2CObj) => self.deinit(),
      '__enter__(self)': (self: I2CObj) => self,
      '__exit__(self, *args)': (self: I2CObj) => self.deinit(),
      'try_lock(self)': (self: I2CObj) => {
        self.live();
        if (self.locked) return false;
        self.locked = true;
        return true;
      },
      'unlock(self)': (self: I2CObj) => { self.live(); self.locked = false; },
      'scan(self)': (self: I2CObj) => {
        self.live();
        if (!self.locked) throw newException(RuntimeError, 'Function requires lock');
        return newList([...self.targets.keys()].sort((a, b) => a - b));
      },
      'probe(self, address)': (self: I2CObj, address: PyValue) => {
        self.live();
        return self.targets.has(toInteger(address, 'address'));
      },
      'writeto(self, address, buffer, *, start=0, end=None)': (self: I2CObj, address: PyValue, buffer: PyValue, start: PyValue, end: PyValue) => {
        self.target(address).write(bufferRange(buffer, start, end));
      },
      'readfrom_into(self, address, buffer, *, start=0, end=None)': (self: I2CObj, address: PyValue, buffer: PyValue, start: PyValue, end: PyValue) => {
        const dest = bufferRange(buffer, start, end);
        dest.set(self.target(address).read(dest.length));
      },
      'writeto_then_readfrom(self, address, out_buffer, in_buffer, *, out_start=0, out_end=None, in_start=0, in_end=None)':
        (self: I2CObj, address: PyValue, out: PyValue, inp: PyValue, os: PyValue, oe: PyValue, is: PyValue, ie: PyValue) => {
          const t = self.target(address);
          t.write(bufferRange(out, os, oe));
          const dest = bufferRange(inp, is, ie);
          dest.set(t.read(dest.length));
        },
    },
    properties: {
      frequency: { get: (self: I2CObj) => { self.live(); return self.frequency; } },
    },
  });
}
