// The displayio module (and busdisplay and fourwire, which hold the display and bus classes in
// 9.x) for one run. Register in src/modules/registry.ts: `displayioModule`, `busdisplayModule`,
// `fourwireModule`; board.DISPLAY is `displayObjectFor(rt)`.
import { defineFunction, None, PyValue } from '../../src/objects';
import type { NativeModule } from '../../src/modules/module-def';
import type { Runtime } from '../../src/runtime/runtime';
import { defineBitmapType } from './Bitmap';
import { defineColorConverterType, defineColorspace } from './ColorConverter';
import { DisplayioContext } from './context';
import { defineDisplayType, slotObject } from './Display';
import { defineFourWireType } from './FourWire';
import { defineGroupType } from './Group';
import { defineOnDiskBitmapType } from './OnDiskBitmap';
import { definePaletteType } from './Palette';
import { defineTileGridType } from './TileGrid';

// One context per run, shared by displayio, busdisplay, board, terminalio, fontio, vectorio and
// bitmaptools so that they agree on classes (a WeakMap: a finished run takes its types with it).
const contexts = new WeakMap<Runtime, DisplayioContext>();

export function contextFor(rt: Runtime): DisplayioContext {
  let ctx = contexts.get(rt);
  if (ctx) return ctx;
  ctx = new DisplayioContext();
  const cs = defineColorspace();
  ctx.types.Colorspace = cs;
  ctx.types.Bitmap = defineBitmapType();
  ctx.types.Palette = definePaletteType();
  ctx.types.ColorConverter = defineColorConverterType(cs);
  ctx.types.TileGrid = defineTileGridType(ctx);
  ctx.types.Group = defineGroupType(ctx);
  ctx.types.OnDiskBitmap = defineOnDiskBitmapType(ctx, rt);
  contexts.set(rt, ctx);
  ctx.types.Display = defineDisplayType(ctx, rt);
  ctx.types.FourWire = defineFourWireType(ctx);
  return ctx;
}

/** The display that exists now as a Python object: None from release_displays() until a new one. */
export function displayObjectFor(rt: Runtime): PyValue {
  return rt.hasDisplay ? slotObject(rt) : None;
}

/**
 * board.DISPLAY: the run's display slot, the same object before and after a release. Released, it
 * is None to the program (it prints None, every attribute raises AttributeError) until a new
 * BusDisplay fills it, as on the board, where it is the firmware's first display slot.
 */
export function boardDisplayFor(rt: Runtime): PyValue {
  return slotObject(rt);
}

export const displayioModule: NativeModule = {
  name: 'displayio',
  build(rt: Runtime) {
    const { types } = contextFor(rt);
    return {
      Bitmap: types.Bitmap,
      Palette: types.Palette,
      ColorConverter: types.ColorConverter,
      Colorspace: types.Colorspace.type,
      TileGrid: types.TileGrid,
      Group: types.Group,
      OnDiskBitmap: types.OnDiskBitmap,
      // 9.x's deprecated aliases. EPaperDisplay is left out: the board has no e-paper panel (and
      // cpygame no epaperdisplay module); I2CDisplay is not built for this board.
      Display: types.Display,
      FourWire: types.FourWire,
      CIRCUITPYTHON_TERMINAL: contextFor(rt).wrap(rt.console.group),
      // Displays and buses become None and their pins free; the built-in display comes back only
      // with a hard reset (a new run). reference: displayio-objects.md, release_displays().
      release_displays: defineFunction('release_displays()', () => {
        contextFor(rt).releaseBuses();
        rt.releaseDisplays();
        return None;
      }),
    };
  },
};

export const busdisplayModule: NativeModule = {
  name: 'busdisplay',
  build(rt: Runtime) {
    return { BusDisplay: contextFor(rt).types.Display };
  },
};

export const fourwireModule: NativeModule = {
  name: 'fourwire',
  build(rt: Runtime) {
    return { FourWire: contextFor(rt).types.FourWire };
  },
};
