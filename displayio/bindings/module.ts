// The displayio module (and busdisplay, which holds the display class in 9.x) for one run.
// Register in src/modules/registry.ts: `displayioModule`, `busdisplayModule`; board.DISPLAY is
// `displayObjectFor(rt)`.
import { defineFunction, None, PyValue } from '../../src/objects';
import type { NativeModule } from '../../src/modules/module-def';
import type { Runtime } from '../../src/runtime/runtime';
import { defineBitmapType } from './Bitmap';
import { defineColorConverterType, defineColorspace } from './ColorConverter';
import { DisplayioContext } from './context';
import { defineDisplayType, wrapDisplay } from './Display';
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
  ctx.types.Display = defineDisplayType(ctx);
  contexts.set(rt, ctx);
  return ctx;
}

/** board.DISPLAY: the run's display as a Python object (None after release_displays()). */
export function displayObjectFor(rt: Runtime): PyValue {
  if (rt.displayObject === null) rt.displayObject = wrapDisplay(contextFor(rt).types.Display, rt.display);
  return rt.displayObject;
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
      Display: types.Display,
      CIRCUITPYTHON_TERMINAL: contextFor(rt).wrap(rt.console.group),
      // The display stops being drawn and board.DISPLAY reads None; only a hard reset brings it back.
      release_displays: defineFunction('release_displays()', () => {
        rt.display.autoRefresh = false;
        rt.displayObject = None;
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
