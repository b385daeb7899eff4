// The terminalio module for one run: Terminal(scroll_area, font, *, status_bar=None) and FONT.
// Register in src/modules/registry.ts: `terminalioModule`. reference: fontio-terminalio.md §2.
import {
  PyObject, PyValue, bytesLike, defineClass, newTypeError, newValueError, None, typeName,
} from '../../../src/objects';
import type { NativeModule } from '../../../src/modules/module-def';
import type { Runtime } from '../../../src/runtime/runtime';
import { nativeOf } from '../../bindings/convert';
import { TileGridObj } from '../../bindings/objects';
import { BuiltinFontObj, fontioFor } from '../../fontio/bindings/module';
import { Terminal } from '../Terminal';

class TerminalObj extends PyObject {
  terminal: Terminal | null = null;
}

function tileGrid(v: PyValue, name: string) {
  if (!(v instanceof TileGridObj)) throw newTypeError(`${name} must be of type TileGrid, not ${typeName(v)}`);
  return nativeOf(v.grid);
}

export const terminalioModule: NativeModule = {
  name: 'terminalio',
  build(rt: Runtime) {
    const { FONT } = fontioFor(rt);
    const Terminal_ = defineClass({
      name: 'Terminal',
      module: 'terminalio',
      alloc: (cls) => new TerminalObj(cls),
      init: ['__init__(self, scroll_area, font, *, status_bar=None)', (self: TerminalObj, area: PyValue, font: PyValue, bar: PyValue) => {
        const grid = tileGrid(area, 'scroll_area');
        if (!(font instanceof BuiltinFontObj)) throw newTypeError(`font must be of type BuiltinFont, not ${typeName(font)}`);
        if (grid.widthInTiles * grid.heightInTiles < 2) throw newValueError('scroll_area_area must be >= 2');
        self.terminal = new Terminal(grid, font.font!, bar === None ? null : tileGrid(bar, 'status_bar'));
      }],
      methods: {
        'write(self, buf, /)': (self: TerminalObj, buf: PyValue) => {
          const t = nativeOf(self.terminal);
          if (typeof buf === 'string') {
            t.write(buf);
            return new TextEncoder().encode(buf).length;
          }
          const bytes = bytesLike(buf);
          if (!bytes) throw newTypeError(`object with buffer protocol required`);
          t.write(new TextDecoder().decode(bytes));
          return bytes.length;
        },
      },
    });
    return { Terminal: Terminal_, FONT };
  },
};
