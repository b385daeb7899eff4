// displayio.Bitmap(width, height, value_count, /) as Python sees it: positional-only arguments,
// b[i] / b[x, y] access, fill, dirty, deinit, the buffer protocol.
// reference: displayio-objects.md, Bitmap.
import {
  defineClass, newException, newIndexError, newTypeError, AttributeError, None, PyType, PyValue,
  typeName, validateInt, validateIntRange,
} from '../../src/objects';
import { Bitmap, bitsForValueCount } from '../Bitmap';
import { noteAllocation } from '../../src/objects/board-mode';
import { deinitialized, guard, nativeOf, pairKey, refuseSlice } from './convert';
import { BitmapObj } from './objects';

export function bitmapOf(self: BitmapObj): Bitmap {
  if (self.deinited) throw deinitialized();
  return nativeOf(self.bitmap);
}

/** (x, y) of b[i] or b[x, y], range-checked with CircuitPython's messages. */
function pixelKey(b: Bitmap, key: PyValue): [number, number] {
  refuseSlice(key);
  const pair = pairKey(key);
  if (pair) {
    const x = validateInt(pair[0], 'x'), y = validateInt(pair[1], 'y');
    if (x < 0 || x >= b.width) throw newIndexError(`x must be 0-${b.width - 1}`);
    if (y < 0 || y >= b.height) throw newIndexError(`y must be 0-${b.height - 1}`);
    return [x, y];
  }
  const i = validateInt(key, 'index');
  const last = b.width * b.height - 1;
  if (i < 0 || i > last) throw newIndexError(`index must be 0-${last}`);
  return [i % b.width, Math.floor(i / b.width)];
}

function checkValue(b: Bitmap, v: PyValue): number {
  if (v === None) throw newException(AttributeError, 'Cannot delete values');
  return validateIntRange(v, 0, b.maxValue, 'value');
}

export function defineBitmapType(): PyType {
  return defineClass({
    name: 'Bitmap',
    module: 'displayio',
    alloc: (cls) => new BitmapObj(cls),
    init: ['__init__(self, *args, **kw)', (self: BitmapObj, args: PyValue[], kw: Map<string, PyValue>) => {
      if (kw.size > 0) throw newTypeError("function doesn't take keyword arguments");
      if (args.length !== 3) throw newTypeError(`function takes 3 positional arguments but ${args.length} were given`);
      const w = validateIntRange(args[0], 0, 32767, 'width');
      const h = validateIntRange(args[1], 0, 32767, 'height');
      const count = validateIntRange(args[2], 1, 65536, 'value_count');
      noteAllocation(Math.ceil((w * bitsForValueCount(count)) / 32) * 4 * h);
      self.bitmap = Bitmap.fromValueCount(w, h, count);
    }],
    methods: {
      'fill(self, value, /)': (self: BitmapObj, v: PyValue) => {
        const b = bitmapOf(self);
        guard(() => b.fill(checkValue(b, v)));
      },
      'dirty(self, x1=0, y1=0, x2=-1, y2=-1)': (self: BitmapObj, x1: PyValue, y1: PyValue, x2: PyValue, y2: PyValue) => {
        const b = bitmapOf(self);
        guard(() => b.dirty(validateInt(x1, 'x1'), validateInt(y1, 'y1'), validateInt(x2, 'x2'), validateInt(y2, 'y2')));
      },
      'deinit(self)': (self: BitmapObj) => {
        self.deinited = true;
      },
    },
    properties: {
      width: { get: (self: BitmapObj) => bitmapOf(self).width },
      height: { get: (self: BitmapObj) => bitmapOf(self).height },
      bits_per_value: { get: (self: BitmapObj) => bitmapOf(self).bitsPerValue },
    },
    slots: {
      getitem: (self: BitmapObj, key: PyValue) => {
        const b = bitmapOf(self);
        const [x, y] = pixelKey(b, key);
        return b.getPixel(x, y);
      },
      setitem: (self: BitmapObj, key: PyValue, v: PyValue) => {
        const b = bitmapOf(self);
        const [x, y] = pixelKey(b, key);
        const value = checkValue(b, v);
        guard(() => b.setPixel(x, y, value));
      },
    },
  });
}

/** The Bitmap behind a Python value, or a TypeError naming the argument. */
export function asBitmap(v: PyValue, name: string): Bitmap {
  if (!(v instanceof BitmapObj)) throw newTypeError(`${name} must be of type Bitmap, not ${typeName(v)}`);
  return bitmapOf(v);
}

