// The display object as Python sees it (busdisplay.BusDisplay, displayio.Display in 9.x):
// root_group, refresh, auto_refresh, brightness, rotation, fill_row. Only board.DISPLAY exists;
// a second display is refused as on a PyBadge. reference: display-rendering.md §1–5.
import {
  defineClass, newException, newRuntimeError, newTypeError, newValueError, AttributeError, None, PyFloat, PyType,
  PyValue, bytesLike, validateFloat, validateInt,
} from '../../src/objects';
import type { Display } from '../Display';
import { bool, guard, nativeOf } from './convert';
import type { DisplayioContext } from './context';
import { groupOf } from './Group';
import { DisplayObj, GroupObj } from './objects';

export function defineDisplayType(ctx: DisplayioContext): PyType {
  const displayOf = (self: DisplayObj): Display => nativeOf(self.display);
  return defineClass({
    name: 'BusDisplay',
    module: 'busdisplay',
    alloc: (cls) => new DisplayObj(cls),
    init: ['__init__(self, *args, **kw)', () => {
      throw newRuntimeError('Too many displays');
    }],
    methods: {
      'refresh(self, *, target_frames_per_second=None, minimum_frames_per_second=0)': (
        self: DisplayObj, target: PyValue, minimum: PyValue,
      ) => {
        const d = displayOf(self);
        const fps = target === None ? null : validateInt(target, 'target_frames_per_second');
        const min = validateInt(minimum, 'minimum_frames_per_second');
        return guard(() => d.refresh(fps, min));
      },
      'fill_row(self, y, buffer)': (self: DisplayObj, y: PyValue, buffer: PyValue) => {
        const d = displayOf(self);
        const row = validateInt(y, 'y');
        const bytes = bytesLike(buffer);
        if (!bytes) throw newTypeError('object with buffer protocol required');
        if (bytes.length < d.width * 2) throw newValueError('Buffer too small');
        const px = new Uint16Array(d.width);
        // The panel receives the high byte first (reverse_bytes_in_word).
        for (let i = 0; i < d.width; i++) px[i] = (bytes[2 * i] << 8) | bytes[2 * i + 1];
        d.fillRow(row, px);
        for (let i = 0; i < d.width; i++) { bytes[2 * i] = px[i] >> 8; bytes[2 * i + 1] = px[i] & 0xff; }
        return None;
      },
      'show(self, group, /)': () => {
        throw newException(AttributeError, '.show(x) removed. Use .root_group = x');
      },
    },
    properties: {
      width: { get: (s: DisplayObj) => displayOf(s).width },
      height: { get: (s: DisplayObj) => displayOf(s).height },
      bus: { get: () => None },
      rotation: {
        get: (s: DisplayObj) => displayOf(s).rotation,
        set: (s: DisplayObj, v: PyValue) => { displayOf(s).rotation = validateInt(v, 'rotation'); },
      },
      auto_refresh: {
        get: (s: DisplayObj) => displayOf(s).autoRefresh,
        set: (s: DisplayObj, v: PyValue) => { displayOf(s).autoRefresh = bool(v); },
      },
      brightness: {
        get: (s: DisplayObj) => new PyFloat(displayOf(s).brightness),
        set: (s: DisplayObj, v: PyValue) => {
          const d = displayOf(s);
          const b = validateFloat(v, 'brightness');
          if (!(b >= 0 && b <= 1)) throw newValueError('brightness must be 0-1');
          guard(() => { d.brightness = b; });
        },
      },
      root_group: {
        get: (s: DisplayObj) => {
          const g = displayOf(s).rootGroup;
          return g ? ctx.wrap(g) : None;
        },
        set: (s: DisplayObj, v: PyValue) => {
          const d = displayOf(s);
          if (v === None) { d.rootGroup = null; return; }
          if (!(v instanceof GroupObj)) throw newValueError('Must be a Group subclass.');
          const g = groupOf(v);
          guard(() => { d.rootGroup = g; });
        },
      },
    },
  });
}

/** The Python object of the board's display. */
export function wrapDisplay(type: PyType, display: Display): DisplayObj {
  const obj = new DisplayObj(type);
  obj.display = display;
  return obj;
}
