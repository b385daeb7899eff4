// displayio.TileGrid(bitmap, *, pixel_shader, width=1, height=1, tile_width=None, tile_height=None,
// default_tile=0, x=0, y=0) as Python sees it. Python subclasses keep working: every access goes
// through the native grid stored on the instance. reference: displayio-objects.md, TileGrid.
import {
  defineClass, newIndexError, newTypeError, newValueError, None, PyList, PyTuple, PyType, PyValue,
  validateInt, validateIntMin, toArray,
} from '../../src/objects';
import { BitmapSource } from '../bitmap-source';
import { PixelShader } from '../pixel-shader';
import { TileGrid } from '../TileGrid';
import { bitmapOf } from './Bitmap';
import { converterOf } from './ColorConverter';
import { bool, nativeOf, pairKey, refuseSlice } from './convert';
import type { DisplayioContext } from './context';
import { BitmapObj, ColorConverterObj, OnDiskBitmapObj, PaletteObj, TileGridObj } from './objects';
import { paletteOf } from './Palette';

export function gridOf(self: TileGridObj): TileGrid {
  return nativeOf(self.grid);
}

export function bitmapSource(v: PyValue): BitmapSource {
  if (v instanceof BitmapObj) return bitmapOf(v);
  if (v instanceof OnDiskBitmapObj) return nativeOf(v.odb);
  throw newTypeError('unsupported bitmap type');
}

/** A Palette or ColorConverter; vectorio and TileGrid share the wording. */
export function shaderOf(v: PyValue): PixelShader {
  if (v instanceof PaletteObj) return paletteOf(v);
  if (v instanceof ColorConverterObj) return converterOf(v);
  throw newTypeError('unsupported pixel_shader type');
}

/** The (x, y) cell of tg[i] or tg[x, y]; out of range is IndexError("Tile index out of bounds"). */
function cellKey(g: TileGrid, key: PyValue): [number, number] {
  refuseSlice(key);
  const pair = pairKey(key);
  let x: number, y: number;
  if (pair) {
    x = validateInt(pair[0], 'x');
    y = validateInt(pair[1], 'y');
  } else {
    const i = validateInt(key, 'index');
    if (i < 0) throw newIndexError('Tile index out of bounds');
    x = i % g.widthInTiles;
    y = Math.floor(i / g.widthInTiles);
  }
  if (x < 0 || y < 0 || x >= g.widthInTiles || y >= g.heightInTiles) throw newIndexError('Tile index out of bounds');
  return [x, y];
}

export function defineTileGridType(ctx: DisplayioContext): PyType {
  return defineClass({
    name: 'TileGrid',
    module: 'displayio',
    alloc: (cls) => new TileGridObj(cls),
    init: [
      '__init__(self, bitmap=?, *args, pixel_shader=?, width=1, height=1, tile_width=None, tile_height=None, default_tile=0, x=0, y=0)',
      (self: TileGridObj, bitmap: PyValue | undefined, args: PyValue[], shader: PyValue | undefined, width: PyValue,
        height: PyValue, tileWidth: PyValue, tileHeight: PyValue, defaultTile: PyValue, x: PyValue, y: PyValue) => {
        if (args.length > 0) throw newTypeError('extra positional arguments given');
        if (bitmap === undefined) throw newTypeError("'bitmap' argument required");
        if (shader === undefined) throw newTypeError("'pixel_shader' argument required");
        const src = bitmapSource(bitmap);
        const pixelShader = shaderOf(shader);
        const w = validateIntMin(width, 1, 'width'), h = validateIntMin(height, 1, 'height');
        const tw = tileWidth === None ? 0 : validateInt(tileWidth, 'tile_width') || 0;
        const th = tileHeight === None ? 0 : validateInt(tileHeight, 'tile_height') || 0;
        const tileW = tw || src.width, tileH = th || src.height;
        if (tileW <= 0 || src.width % tileW !== 0) throw newValueError('Tile width must exactly divide bitmap width');
        if (tileH <= 0 || src.height % tileH !== 0) throw newValueError('Tile height must exactly divide bitmap height');
        self.grid = new TileGrid(src, pixelShader, {
          width: w, height: h, tileWidth: tileW, tileHeight: tileH,
          defaultTile: validateInt(defaultTile, 'default_tile'), x: validateInt(x, 'x'), y: validateInt(y, 'y'),
        });
        self.grid.owner = self;
        self.bitmap = bitmap;
        self.shader = shader;
      },
    ],
    methods: {
      'contains(self, touch_tuple, /)': (self: TileGridObj, touch: PyValue) => {
        const items = touch instanceof PyTuple || touch instanceof PyList ? touch.items : toArray(touch);
        if (items.length !== 3) throw newValueError(`requested length 3 but object has length ${items.length}`);
        return gridOf(self).contains(validateInt(items[0], 'x'), validateInt(items[1], 'y'));
      },
    },
    properties: {
      hidden: { get: (s: TileGridObj) => gridOf(s).hidden, set: (s: TileGridObj, v: PyValue) => { gridOf(s).hidden = bool(v); } },
      x: { get: (s: TileGridObj) => gridOf(s).x, set: (s: TileGridObj, v: PyValue) => { gridOf(s).x = validateInt(v, 'x'); } },
      y: { get: (s: TileGridObj) => gridOf(s).y, set: (s: TileGridObj, v: PyValue) => { gridOf(s).y = validateInt(v, 'y'); } },
      width: { get: (s: TileGridObj) => gridOf(s).widthInTiles },
      height: { get: (s: TileGridObj) => gridOf(s).heightInTiles },
      tile_width: { get: (s: TileGridObj) => gridOf(s).tileWidth },
      tile_height: { get: (s: TileGridObj) => gridOf(s).tileHeight },
      flip_x: { get: (s: TileGridObj) => gridOf(s).flipX, set: (s: TileGridObj, v: PyValue) => { gridOf(s).flipX = bool(v); } },
      flip_y: { get: (s: TileGridObj) => gridOf(s).flipY, set: (s: TileGridObj, v: PyValue) => { gridOf(s).flipY = bool(v); } },
      transpose_xy: {
        get: (s: TileGridObj) => gridOf(s).transposeXY,
        set: (s: TileGridObj, v: PyValue) => { gridOf(s).transposeXY = bool(v); },
      },
      pixel_shader: {
        get: (s: TileGridObj) => { gridOf(s); return s.shader ?? ctx.wrap(gridOf(s).pixelShader); },
        set: (s: TileGridObj, v: PyValue) => {
          const g = gridOf(s);
          g.pixelShader = shaderOf(v);
          s.shader = v;
        },
      },
      bitmap: {
        get: (s: TileGridObj) => { gridOf(s); return s.bitmap ?? ctx.wrap(gridOf(s).bitmap); },
        set: (s: TileGridObj, v: PyValue) => {
          const g = gridOf(s);
          const src = bitmapSource(v);
          if (src.width !== g.bitmap.width || src.height !== g.bitmap.height) throw newValueError('New bitmap must be same size as old bitmap');
          g.bitmap = src;
          s.bitmap = v;
        },
      },
    },
    slots: {
      getitem: (self: TileGridObj, key: PyValue) => {
        const g = gridOf(self);
        const [x, y] = cellKey(g, key);
        return g.getTile(x, y);
      },
      setitem: (self: TileGridObj, key: PyValue, v: PyValue) => {
        const g = gridOf(self);
        if (v === None) throw newTypeError("'TileGrid' object doesn't support item assignment");
        const [x, y] = cellKey(g, key);
        const tile = validateInt(v, 'tile');
        if (tile < 0 || tile > 255) throw newValueError('tile must be 0-255');
        if (tile >= g.tilesInBitmap) throw newValueError('Tile index out of bounds');
        g.setTile(x, y, tile);
      },
    },
  });
}
