// displayio.Group(*, scale=1, x=0, y=0) as Python sees it: a list-like of layers (TileGrids,
// Groups, vectorio shapes, or Python subclasses of them). reference: displayio-objects.md, Group.
import {
  defineClass, eq, getIter, newException, newList, newTypeError, newValueError, PySlice, PyType, PyValue,
  sortItems, validateInt, validateIntMin, validateIntRange, IndexError, newNotImplementedError,
} from '../../src/objects';
import { Group } from '../Group';
import { Layer } from '../layer';
import { bool, guard, nativeOf, wrapIndex } from './convert';
import { DisplayioContext, layerOf } from './context';
import { GroupObj } from './objects';

export function groupOf(self: GroupObj): Group {
  return nativeOf(self.group);
}

function asLayer(v: PyValue): Layer {
  const layer = layerOf(v);
  if (layer === undefined) throw newValueError('Layer must be a Group or TileGrid subclass');
  return nativeOf(layer);
}

function memberIndex(g: Group, key: PyValue): number {
  if (key instanceof PySlice) throw newNotImplementedError('Slices not supported');
  return wrapIndex(validateInt(key, 'index'), g.length);
}

export function defineGroupType(ctx: DisplayioContext): PyType {
  const members = (g: Group): PyValue[] => g.members.map((m) => ctx.wrap(m));
  const find = (g: Group, v: PyValue): number => {
    const items = members(g);
    const i = items.findIndex((m) => m === v || eq(m, v));
    if (i < 0) throw newValueError('object not in sequence');
    return i;
  };
  return defineClass({
    name: 'Group',
    module: 'displayio',
    alloc: (cls) => new GroupObj(cls),
    init: ['__init__(self, *args, scale=1, x=0, y=0)', (self: GroupObj, args: PyValue[], scale: PyValue, x: PyValue, y: PyValue) => {
      if (args.length > 0) throw newTypeError('extra positional arguments given');
      self.group = new Group({
        scale: validateIntRange(scale, 1, 32767, 'scale'), x: validateInt(x, 'x'), y: validateInt(y, 'y'),
      });
      self.group.owner = self;
    }],
    methods: {
      'append(self, layer, /)': (self: GroupObj, layer: PyValue) => {
        const g = groupOf(self);
        const native = asLayer(layer);
        guard(() => g.append(native));
      },
      'insert(self, index, layer, /)': (self: GroupObj, index: PyValue, layer: PyValue) => {
        const g = groupOf(self);
        let i = validateInt(index, 'index');
        if (i !== g.length) {
          if (i < 0) i += g.length;
          if (i < 0 || i >= g.length) throw newException(IndexError, 'index out of range');
        }
        const native = asLayer(layer);
        guard(() => g.insert(i, native));
      },
      'index(self, layer, /)': (self: GroupObj, layer: PyValue) => find(groupOf(self), layer),
      'pop(self, i=-1, /)': (self: GroupObj, i: PyValue) => {
        const g = groupOf(self);
        const index = wrapIndex(validateInt(i, 'i'), g.length);
        return ctx.wrap(guard(() => g.pop(index)));
      },
      'remove(self, layer, /)': (self: GroupObj, layer: PyValue) => {
        const g = groupOf(self);
        const i = find(g, layer);
        guard(() => g.pop(i));
      },
      'sort(self, *, key=None, reverse=False)': (self: GroupObj, key: PyValue, reverse: PyValue) => {
        const g = groupOf(self);
        const items = members(g);
        sortItems(items, key, bool(reverse));
        g.reorder(items.map((v) => asLayer(v)));
      },
    },
    properties: {
      hidden: { get: (s: GroupObj) => groupOf(s).hidden, set: (s: GroupObj, v: PyValue) => { const g = groupOf(s); guard(() => { g.hidden = bool(v); }); } },
      scale: {
        get: (s: GroupObj) => groupOf(s).scale,
        set: (s: GroupObj, v: PyValue) => { const g = groupOf(s); const n = validateIntMin(v, 1, 'scale'); guard(() => { g.scale = n; }); },
      },
      x: { get: (s: GroupObj) => groupOf(s).x, set: (s: GroupObj, v: PyValue) => { const g = groupOf(s); const n = validateInt(v, 'x'); guard(() => { g.x = n; }); } },
      y: { get: (s: GroupObj) => groupOf(s).y, set: (s: GroupObj, v: PyValue) => { const g = groupOf(s); const n = validateInt(v, 'y'); guard(() => { g.y = n; }); } },
    },
    slots: {
      len: (self: GroupObj) => groupOf(self).length,
      bool: (self: GroupObj) => groupOf(self).length > 0,
      iter: (self: GroupObj) => getIter(newList(members(groupOf(self)))),
      contains: (self: GroupObj, v: PyValue) => members(groupOf(self)).some((m) => m === v || eq(m, v)),
      getitem: (self: GroupObj, key: PyValue) => {
        const g = groupOf(self);
        return ctx.wrap(g.get(memberIndex(g, key)));
      },
      setitem: (self: GroupObj, key: PyValue, v: PyValue) => {
        const g = groupOf(self);
        const i = memberIndex(g, key);
        const native = asLayer(v);
        guard(() => g.set(i, native));
      },
      delitem: (self: GroupObj, key: PyValue) => {
        const g = groupOf(self);
        const i = memberIndex(g, key);
        guard(() => g.pop(i));
      },
    },
  });
}

