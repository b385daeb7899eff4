// displayio.Palette(color_count, *, dither=False) as Python sees it: colours by index in any
// accepted form, transparency flags, len/iteration. reference: displayio-objects.md, Palette.
import {
  defineClass, newTypeError, newValueError, PySlice, PyType, PyValue, newList, getIter, typeName, validateIntRange,
} from '../../src/objects';
import { Palette } from '../Palette';
import { bool, nativeOf, parseColor, wrapIndex } from './convert';
import { PaletteObj } from './objects';

export function paletteOf(self: PaletteObj): Palette {
  return nativeOf(self.palette);
}

function itemIndex(p: Palette, key: PyValue, what: 'read' | 'write'): number {
  if (key instanceof PySlice) {
    throw newTypeError(what === 'read' ? "'Palette' object isn't subscriptable" : "'Palette' object doesn't support item assignment");
  }
  if (typeof key !== 'number' && typeof key !== 'boolean') throw newTypeError(`indices must be integers, not ${typeName(key)}`);
  return wrapIndex(Number(key), p.count);
}

/** make_transparent & co: an int 0..len-1, no negative wrap. */
function paletteIndex(p: Palette, v: PyValue): number {
  if (typeof v !== 'number' && typeof v !== 'boolean') throw newTypeError(`palette_index must be of type int, not ${typeName(v)}`);
  const i = Number(v);
  if (i < 0 || i >= p.count) throw newValueError(`palette_index must be 0-${p.count - 1}`);
  return i;
}

export function definePaletteType(): PyType {
  return defineClass({
    name: 'Palette',
    module: 'displayio',
    alloc: (cls) => new PaletteObj(cls),
    init: ['__init__(self, color_count, *, dither=False)', (self: PaletteObj, count: PyValue, dither: PyValue) => {
      self.palette = new Palette(validateIntRange(count, 1, 32767, 'color_count'), bool(dither));
    }],
    methods: {
      'make_transparent(self, palette_index, /)': (self: PaletteObj, i: PyValue) => {
        const p = paletteOf(self);
        p.makeTransparent(paletteIndex(p, i));
      },
      'make_opaque(self, palette_index, /)': (self: PaletteObj, i: PyValue) => {
        const p = paletteOf(self);
        p.makeOpaque(paletteIndex(p, i));
      },
      'is_transparent(self, palette_index, /)': (self: PaletteObj, i: PyValue) => {
        const p = paletteOf(self);
        return p.isTransparent(paletteIndex(p, i));
      },
    },
    properties: {
      dither: {
        get: (self: PaletteObj) => paletteOf(self).dither,
        set: (self: PaletteObj, v: PyValue) => { paletteOf(self).dither = bool(v); },
      },
    },
    slots: {
      len: (self: PaletteObj) => paletteOf(self).count,
      bool: () => true,
      iter: (self: PaletteObj) => getIter(newList(Array.from(paletteOf(self).colors))),
      getitem: (self: PaletteObj, key: PyValue) => {
        const p = paletteOf(self);
        return p.get(itemIndex(p, key, 'read'));
      },
      setitem: (self: PaletteObj, key: PyValue, v: PyValue) => {
        const p = paletteOf(self);
        const i = itemIndex(p, key, 'write');
        p.set(i, parseColor(v));
      },
      delitem: () => {
        throw newTypeError("'Palette' object doesn't support item deletion");
      },
    },
  });
}

/** Builds the Python Palette for a native one (e.g. an OnDiskBitmap's), of this run's type. */
export function wrapPalette(type: PyType, palette: Palette): PaletteObj {
  const obj = new PaletteObj(type);
  obj.palette = palette;
  return obj;
}

