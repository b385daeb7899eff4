// One run's displayio types, and the Python object of any native object. Natives made by the
// runtime (the console's TileGrids, an OnDiskBitmap's palette) get their Python object lazily.
import { PyObject, PyType, PyValue } from '../../src/objects';
import { Bitmap } from '../Bitmap';
import { ColorConverter } from '../ColorConverter';
import { Group } from '../Group';
import { Layer } from '../layer';
import { Palette } from '../Palette';
import { TileGrid } from '../TileGrid';
import { VectorShapeObj } from '../vectorio/bindings/objects';
import type { ColorspaceEnum } from './ColorConverter';
import { BitmapObj, ColorConverterObj, GroupObj, PaletteObj, TileGridObj } from './objects';

export interface DisplayioTypes {
  Bitmap: PyType;
  Palette: PyType;
  ColorConverter: PyType;
  Colorspace: ColorspaceEnum;
  TileGrid: PyType;
  Group: PyType;
  OnDiskBitmap: PyType;
  Display: PyType;
  FourWire: PyType;
}

export class DisplayioContext {
  types = {} as DisplayioTypes;
  /** The board's own display bus holds the one bus slot until release_displays(). */
  builtinBus = true;
  /** FourWire buses made by the program (released ones included). */
  readonly buses: { released: boolean }[] = [];
  private readonly wrappers = new WeakMap<object, PyObject>();

  /** Whether the display bus slot is taken (PyBadge/PyGamer have one). */
  busInUse(): boolean {
    return this.builtinBus || this.buses.some((b) => !b.released);
  }

  /** release_displays() for the buses: every one becomes None and the slot is free. */
  releaseBuses(): void {
    this.builtinBus = false;
    for (const b of this.buses) b.released = true;
  }

  /** Records the Python object of a native made from Python. */
  register(native: object, obj: PyObject): void {
    this.wrappers.set(native, obj);
  }

  /** The Python object for a native displayio object, made on first use. */
  wrap(native: object): PyValue {
    if (isLayer(native) && native.owner) return native.owner as PyValue;
    const known = this.wrappers.get(native);
    if (known) return known;
    const obj = this.make(native);
    if (isLayer(native)) native.owner = obj;
    else this.wrappers.set(native, obj);
    return obj;
  }

  private make(native: object): PyObject {
    const t = this.types;
    if (native instanceof Bitmap) { const o = new BitmapObj(t.Bitmap); o.bitmap = native; return o; }
    if (native instanceof Palette) { const o = new PaletteObj(t.Palette); o.palette = native; return o; }
    if (native instanceof ColorConverter) { const o = new ColorConverterObj(t.ColorConverter); o.converter = native; return o; }
    if (native instanceof Group) { const o = new GroupObj(t.Group); o.group = native; return o; }
    if (native instanceof TileGrid) {
      const o = new TileGridObj(t.TileGrid);
      o.grid = native;
      o.bitmap = this.wrap(native.bitmap);
      o.shader = this.wrap(native.pixelShader);
      return o;
    }
    throw new Error(`no Python type for ${native.constructor.name}`);
  }
}

function isLayer(v: object): v is Layer {
  return 'owner' in v && 'inGroup' in v;
}

/** The native layer of a Python object that may go in a Group, or null. */
export function layerOf(v: PyValue): Layer | null | undefined {
  if (v instanceof TileGridObj) return v.grid;
  if (v instanceof GroupObj) return v.group;
  if (v instanceof VectorShapeObj) return v.shape;
  return undefined;
}
