// The fontio module for one run: BuiltinFont (only terminalio.FONT exists) and the Glyph
// namedtuple. Register in src/modules/registry.ts: `fontioModule`. reference: fontio-terminalio.md §1.
import {
  defineClass, newTypeError, None, PyObject, PyTuple, PyType, PyValue, tupleType, typeName, newTuple,
} from '../../../src/objects';
import type { NativeModule } from '../../../src/modules/module-def';
import type { Runtime } from '../../../src/runtime/runtime';
import { contextFor } from '../../bindings/module';
import { BuiltinFont } from '../BuiltinFont';

export class BuiltinFontObj extends PyObject {
  font: BuiltinFont | null = null;
}

const GLYPH_FIELDS = ['bitmap', 'tile_index', 'width', 'height', 'dx', 'dy', 'shift_x', 'shift_y'];

export interface FontioTypes {
  BuiltinFont: PyType;
  Glyph: PyType;
  FONT: BuiltinFontObj;
}

const fontTypes = new WeakMap<Runtime, FontioTypes>();

/** fontio's classes and terminalio.FONT for a run (shared by fontio and terminalio). */
export function fontioFor(rt: Runtime): FontioTypes {
  const known = fontTypes.get(rt);
  if (known) return known;
  const ctx = contextFor(rt);
  const Glyph = defineClass({
    name: 'Glyph',
    module: 'fontio',
    base: tupleType,
    subclassable: false,
    properties: Object.fromEntries(GLYPH_FIELDS.map((f, i) => [f, { get: (self: PyTuple) => self.items[i] }])),
    slots: {
      repr: (self: PyTuple) => `Glyph(${GLYPH_FIELDS.map((f, i) => `${f}=${reprOf(self.items[i])}`).join(', ')})`,
    },
  });
  const reprOf = (v: PyValue) => (typeof v === 'number' ? String(v) : `<${typeName(v)}>`);
  const BuiltinFont_ = defineClass({
    name: 'BuiltinFont',
    module: 'fontio',
    subclassable: false,
    alloc: () => { throw newTypeError("cannot create 'BuiltinFont' instances"); },
    methods: {
      'get_bounding_box(self)': (self: BuiltinFontObj) => newTuple(self.font!.getBoundingBox()),
      'get_glyph(self, codepoint, /)': (self: BuiltinFontObj, cp: PyValue) => {
        if (typeof cp !== 'number' && typeof cp !== 'boolean') throw newTypeError(`codepoint must be of type int, not ${typeName(cp)}`);
        const g = self.font!.getGlyph(Number(cp));
        if (g === null) return None;
        return new PyTuple([ctx.wrap(g.bitmap), g.tileIndex, g.width, g.height, g.dx, g.dy, g.shiftX, g.shiftY], Glyph);
      },
    },
    properties: {
      bitmap: { get: (self: BuiltinFontObj) => ctx.wrap(self.font!.bitmap) },
    },
  });
  const FONT = new BuiltinFontObj(BuiltinFont_);
  FONT.font = rt.console.terminal.font;
  const types = { BuiltinFont: BuiltinFont_, Glyph, FONT };
  fontTypes.set(rt, types);
  return types;
}

export const fontioModule: NativeModule = {
  name: 'fontio',
  build(rt: Runtime) {
    const { BuiltinFont: B, Glyph } = fontioFor(rt);
    return { BuiltinFont: B, Glyph };
  },
};
