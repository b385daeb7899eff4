// The Python object layouts of displayio's classes. Each holds its native implementation object
// (null until __init__ runs, so a Python subclass that skips super().__init__() is caught).
import { None, PyObject, PyValue } from '../../src/objects';
import { Bitmap } from '../Bitmap';
import { ColorConverter } from '../ColorConverter';
import { Display } from '../Display';
import { Group } from '../Group';
import { OnDiskBitmap } from '../OnDiskBitmap';
import { Palette } from '../Palette';
import { TileGrid } from '../TileGrid';

export class BitmapObj extends PyObject {
  bitmap: Bitmap | null = null;
  deinited = false;
  /** Buffer protocol (memoryview, bitmaptools): the raw rows. */
  bytesView(): Uint8Array {
    return this.bitmap ? this.bitmap.bytes : new Uint8Array(0);
  }
  get typecode(): string {
    const bpv = this.bitmap?.bitsPerValue ?? 8;
    return bpv <= 8 ? 'B' : bpv === 16 ? 'H' : 'I';
  }
}

export class PaletteObj extends PyObject {
  palette: Palette | null = null;
}

export class ColorConverterObj extends PyObject {
  converter: ColorConverter | null = null;
}

export class OnDiskBitmapObj extends PyObject {
  odb: OnDiskBitmap | null = null;
  /** The Python object of the auto-made pixel shader, or what the user set. */
  shader: PyValue | null = null;
}

export class TileGridObj extends PyObject {
  grid: TileGrid | null = null;
  /** The Python objects given, returned unchanged by the getters. */
  bitmap: PyValue | null = null;
  shader: PyValue | null = null;
}

export class GroupObj extends PyObject {
  group: Group | null = null;
}

export class DisplayObj extends PyObject {
  display: Display | null = null;
  /** The FourWire it was made on (None for the board's own display). */
  bus: PyValue = None;
}

/** Any Python object usable as a TileGrid/vectorio pixel_shader. */
export type ShaderObj = PaletteObj | ColorConverterObj;
