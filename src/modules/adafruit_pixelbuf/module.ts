// adafruit_pixelbuf.PixelBuf(size, *, byteorder='BGR', brightness=0, auto_write=False, header=b'',
// trailer=b''): the colour buffer Adafruit's neopixel.py subclasses; show() hands the scaled
// bytes to the subclass's _transmit(buffer). reference: runtime-modules.md §6.
import {
  PyByteArray, PyFloat, PyObject, PySlice, PyTuple, PyList, PyValue, bytesLike, callMethod, defineClass, getIter,
  isTrue, newTuple, newTypeError, newValueError, seqIndex, sliceIndices, toArray, typeName, asFloat,
} from '../../objects';
import { toInteger } from '../args-util';
import type { NativeModule } from '../module-def';
import { Pixels, parseByteOrder } from './pixels';

class PixelBufObj extends PyObject {
  pixels: Pixels | null = null;
  autoWrite = false;
  byteorder = 'BGR';

  live(): Pixels {
    if (this.pixels === null) throw newValueError('Object not initialized');
    return this.pixels;
  }
}

function clampUnit(v: PyValue, name: string): number {
  const x = asFloat(v);
  if (x === undefined) throw newTypeError(`${name} must be of type float, not ${typeName(v)}`);
  return Math.min(1, Math.max(0, x));
}

/** An int 0xRRGGBB or an (r, g, b[, w]) tuple as the four channel values. */
function parseColor(p: Pixels, v: PyValue): number[] {
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') {
    const n = Number(v);
    const r = (n >> 16) & 0xff, g = (n >> 8) & 0xff, b = n & 0xff;
    if (p.order.bpp === 4 && r === g && g === b) return [0, 0, 0, r];
    return [r, g, b, 0];
  }
  if (v instanceof PyTuple || v instanceof PyList) {
    const items = v.items;
    if (items.length !== p.order.bpp && !(items.length === 3 && p.order.bpp === 4)) {
      throw newValueError(`Expected tuple of length ${p.order.bpp}, got ${items.length}`);
    }
    return [0, 1, 2, 3].map((k) => (k < items.length ? toInteger(items[k], 'color') & 0xff : 0));
  }
  throw newValueError(`Expected tuple of length ${p.order.bpp}, got ${typeName(v)}`);
}

function colorTuple(p: Pixels, i: number): PyValue {
  return newTuple(p.get(i));
}

function show(self: PixelBufObj): void {
  const frame = self.live().frame();
  callMethod(self, '_transmit', [new PyByteArray(frame)]);
}

function written(self: PixelBufObj): void {
  if (self.autoWrite) show(self);
}

export const pixelBufType = defineClass({
  name: 'PixelBuf',
  module: 'adafruit_pixelbuf',
  alloc: (cls) => new PixelBufObj(cls),
  init: ["__init__(self, size, *, byteorder='BGR', brightness=0, auto_write=False, header=?, trailer=?)",
    (self: PixelBufObj, size: PyValue, byteorder: PyValue, brightness: PyValue, autoWrite: PyValue, header: PyValue | undefined, trailer: PyValue | undefined) => {
      if (typeof byteorder !== 'string') throw newTypeError(`byteorder must be of type str, not ${typeName(byteorder)}`);
      const order = parseByteOrder(byteorder);
      if (order === null) throw newValueError('Invalid byteorder string');
      const n = toInteger(size, 'size');
      if (n < 0) throw newValueError('size must be >= 0');
      const h = header === undefined ? new Uint8Array(0) : bytesLike(header);
      const t = trailer === undefined ? new Uint8Array(0) : bytesLike(trailer);
      if (h === undefined || t === undefined) throw newTypeError('object with buffer protocol required');
      self.pixels = new Pixels(n, order, h.slice(), t.slice());
      self.pixels.brightness = clampUnit(brightness, 'brightness');
      self.autoWrite = isTrue(autoWrite);
      self.byteorder = byteorder;
    }],
  methods: {
    'show(self)': (self: PixelBufObj) => show(self),
    'fill(self, color)': (self: PixelBufObj, color: PyValue) => {
      const p = self.live();
      const c = parseColor(p, color);
      for (let i = 0; i < p.n; i++) p.set(i, c);
      written(self);
    },
  },
  properties: {
    bpp: { get: (self: PixelBufObj) => self.live().order.bpp },
    byteorder: { get: (self: PixelBufObj) => self.byteorder },
    brightness: {
      get: (self: PixelBufObj) => new PyFloat(self.live().brightness),
      set: (self: PixelBufObj, v: PyValue) => {
        self.live().brightness = clampUnit(v, 'brightness');
        written(self);
      },
    },
    auto_write: {
      get: (self: PixelBufObj) => self.autoWrite,
      set: (self: PixelBufObj, v: PyValue) => { self.autoWrite = isTrue(v); },
    },
  },
  slots: {
    len: (self: PixelBufObj) => self.live().n,
    bool: (self: PixelBufObj) => self.live().n > 0,
    iter: (self: PixelBufObj) => {
      const p = self.live();
      return getIter(newTuple(Array.from({ length: p.n }, (_, i) => colorTuple(p, i))));
    },
    getitem: (self: PixelBufObj, key: PyValue) => {
      const p = self.live();
      if (key instanceof PySlice) {
        const [start, , step, n] = sliceIndices(key, p.n);
        return newTuple(Array.from({ length: n }, (_, k) => colorTuple(p, start + k * step)));
      }
      return colorTuple(p, seqIndex(key, p.n, 'PixelBuf'));
    },
    setitem: (self: PixelBufObj, key: PyValue, value: PyValue) => {
      const p = self.live();
      if (key instanceof PySlice) {
        const [start, , step, n] = sliceIndices(key, p.n);
        const items = toArray(value);
        if (items.length !== n) throw newValueError('Unmatched number of items on RHS');
        items.forEach((c, k) => p.set(start + k * step, parseColor(p, c)));
      } else {
        p.set(seqIndex(key, p.n, 'PixelBuf'), parseColor(p, value));
      }
      written(self);
    },
  },
});

export const adafruitPixelbufModule: NativeModule = {
  name: 'adafruit_pixelbuf',
  build() {
    return { PixelBuf: pixelBufType };
  },
};

