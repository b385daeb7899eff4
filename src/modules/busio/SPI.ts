// busio.SPI(clock, MOSI=None, MISO=None, *, half_duplex=False) and busio.UART(tx=None, rx=None, …):
// constructible and lockable, with nothing attached: SPI reads return the write value and UART
// reads time out (None).
import { None, PyObject, PyValue, defineClass, newException, newValueError, RuntimeError } from '../../objects';
import type { ClaimedPin } from '../../runtime/board-hardware';
import { toInteger } from '../args-util';
import { claimPin, DEINIT_MESSAGE, releasePin } from '../pins-util';
import { bufferRange } from './buffers';

class BusObj extends PyObject {
  pins: ClaimedPin[] | null = null;
  locked = false;
  baudrate = 250000;

  live(): void {
    if (this.pins === null) throw newValueError(DEINIT_MESSAGE);
  }

  needLock(): void {
    this.live();
    if (!this.locked) throw newException(RuntimeError, 'Function requires lock');
  }

  claim(pins: [PyValue, string][]): void {
    const got: ClaimedPin[] = [];
    try {
      for (const [p, name] of pins) if (p !== None) got.push(claimPin(p, 'busio', name));
    } catch (e) {
      got.forEach(releasePin);
      throw e;
    }
    this.pins = got;
  }

  deinit(): void {
    if (this.pins) this.pins.forEach(releasePin);
    this.pins = null;
  }
}

const common = {
  'deinit(self)': (self: BusObj) => self.deinit(),
  '__enter__(self)': (self: BusObj) => self,
  '__exit__(self, *args)': (self: BusObj) => self.deinit(),
};

export const spiType = defineClass({
  name: 'SPI',
  module: 'busio',
  alloc: (cls) => new BusObj(cls),
  init: ['__init__(self, clock, MOSI=None, MISO=None, half_duplex=False)', (self: BusObj, clock: PyValue, mosi: PyValue, miso: PyValue) => {
    self.claim([[clock, 'clock'], [mosi, 'MOSI'], [miso, 'MISO']]);
  }],
  methods: {
    ...common,
    'try_lock(self)': (self: BusObj) => {
      self.live();
      if (self.locked) return false;
      self.locked = true;
      return true;
    },
    'unlock(self)': (self: BusObj) => { self.live(); self.locked = false; },
    'configure(self, *, baudrate=100000, polarity=0, phase=0, bits=8)': (self: BusObj, baud: PyValue) => {
      self.needLock();
      self.baudrate = toInteger(baud, 'baudrate');
    },
    'write(self, buffer, *, start=0, end=None)': (self: BusObj, buf: PyValue, s: PyValue, e: PyValue) => {
      self.needLock();
      bufferRange(buf, s, e);
    },
    'readinto(self, buffer, *, start=0, end=None, write_value=0)': (self: BusObj, buf: PyValue, s: PyValue, e: PyValue, wv: PyValue) => {
      self.needLock();
      bufferRange(buf, s, e).fill(toInteger(wv, 'write_value') & 0xff);
    },
    'write_readinto(self, out_buffer, in_buffer, *, out_start=0, out_end=None, in_start=0, in_end=None)':
      (self: BusObj, out: PyValue, inp: PyValue, os: PyValue, oe: PyValue, is: PyValue, ie: PyValue) => {
        self.needLock();
        const src = bufferRange(out, os, oe), dest = bufferRange(inp, is, ie);
        if (src.length !== dest.length) throw newValueError('buffer slices must be of equal length');
        dest.fill(0xff);
      },
  },
  properties: {
    frequency: { get: (self: BusObj) => { self.live(); return self.baudrate; } },
  },
});

export const uartType = defineClass({
  name: 'UART',
  module: 'busio',
  alloc: (cls) => new BusObj(cls),
  init: ['__init__(self, tx=None, rx=None, *, rts=None, cts=None, rs485_dir=None, rs485_invert=False, baudrate=9600, bits=8, parity=None, stop=1, timeout=1, receiver_buffer_size=64)',
    (self: BusObj, tx: PyValue, rx: PyValue, _rts: PyValue, _cts: PyValue, _dir: PyValue, _inv: PyValue, baud: PyValue) => {
      if (tx === None && rx === None) throw newValueError('tx and rx cannot both be None');
      self.claim([[tx, 'tx'], [rx, 'rx']]);
      self.baudrate = toInteger(baud, 'baudrate');
    }],
  methods: {
    ...common,
    'read(self, nbytes=None)': (self: BusObj) => { self.live(); return None; },
    'readinto(self, buf)': (self: BusObj) => { self.live(); return None; },
    'readline(self)': (self: BusObj) => { self.live(); return None; },
    'write(self, buf)': (self: BusObj, buf: PyValue) => { self.live(); return bufferRange(buf, 0, None).length; },
    'reset_input_buffer(self)': (self: BusObj) => { self.live(); },
  },
  properties: {
    baudrate: {
      get: (self: BusObj) => { self.live(); return self.baudrate; },
      set: (self: BusObj, v: PyValue) => { self.live(); self.baudrate = toInteger(v, 'baudrate'); },
    },
    in_waiting: { get: (self: BusObj) => { self.live(); return 0; } },
    timeout: { get: () => 1, set: () => undefined },
  },
});
