// _stage.Layer(width, height, graphic, palette, grid=None) as Python sees it: move(x, y) and
// frame(frame, rotation). The buffers stay the program's: the layer reads them at each render.
import { defineClass, newValueError, None, PyObject, PyType, PyValue } from '../../../src/objects';
import { StageLayer } from '../Layer';
import { getInt, i16, readBuffer, u8 } from './convert';

export class LayerObj extends PyObject {
  layer: StageLayer | null = null;
  /** The Python buffers, read again before each render (a bytearray may have been resized). */
  sources: { graphic: PyValue; palette: PyValue; map: PyValue | null } | null = null;
}

/** The native layer with its buffers brought up to date, or null for an uninitialised object. */
export function layerForRender(o: LayerObj): StageLayer | null {
  const l = o.layer, s = o.sources;
  if (!l || !s) return null;
  l.graphic = readBuffer(s.graphic);
  l.palette = readBuffer(s.palette);
  l.map = s.map === null ? null : readBuffer(s.map);
  return l;
}

export function defineLayerType(): PyType {
  return defineClass({
    name: 'Layer',
    module: '_stage',
    alloc: (cls) => new LayerObj(cls),
    init: ['__init__(self, width, height, graphic, palette, grid=?, /)', (
      self: LayerObj, width: PyValue, height: PyValue, graphic: PyValue, palette: PyValue, grid: PyValue | undefined,
    ) => {
      const w = u8(getInt(width)), h = u8(getInt(height));
      const g = readBuffer(graphic);
      if (g.length !== 2048) throw newValueError('graphic must be 2048 bytes long');
      const p = readBuffer(palette);
      if (p.length !== 32) throw newValueError('palette must be 32 bytes long');
      let map: Uint8Array | null = null;
      if (grid !== undefined) {
        map = readBuffer(grid);
        if (map.length < (w * h) / 2) throw newValueError('map buffer too small');
      }
      self.layer = new StageLayer(w, h, g, p, map);
      self.sources = { graphic, palette, map: grid === undefined ? null : grid };
    }],
    methods: {
      'move(self, x, y, /)': (self: LayerObj, x: PyValue, y: PyValue) => {
        const l = self.layer;
        if (!l) return None;
        l.x = i16(getInt(x));
        l.y = i16(getInt(y));
        return None;
      },
      'frame(self, frame, rotation, /)': (self: LayerObj, frame: PyValue, rotation: PyValue) => {
        const l = self.layer;
        if (!l) return None;
        l.frame = u8(getInt(frame));
        l.rotation = u8(getInt(rotation));
        return None;
      },
    },
  });
}
