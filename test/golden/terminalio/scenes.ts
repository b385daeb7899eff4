// terminalio golden scenes: the PyBadge console after a run, and a Terminal with escapes.
// check() reads the text back from the tile grid and spot-checks glyph pixels.
import type { Test } from 'tap';
import { buildConsole } from '../../../displayio/console/console';
import { builtinFont } from '../../../displayio/fontio/BuiltinFont';
import { Terminal } from '../../../displayio/terminalio/Terminal';
import { TileGrid } from '../../../displayio/TileGrid';
import { GoldenSet } from '../displayio/golden';
import { c565, makeScene, palette, Scene } from '../displayio/scene';

function screenText(grid: TileGrid): string[] {
  const rows: string[] = [];
  for (let sy = 0; sy < grid.heightInTiles; sy++) {
    const y = (sy + grid.topLeftY) % grid.heightInTiles;
    let line = '';
    for (let x = 0; x < grid.widthInTiles; x++) line += String.fromCharCode(grid.getTile(x, y) + 32);
    rows.push(line.trimEnd());
  }
  return rows;
}

let consoleGrid: TileGrid | null = null;
let consoleBar: TileGrid | null = null;
let termGrid: TileGrid | null = null;

export const scenes: GoldenSet = {
  console_after_hello: {
    build() {
      const s = makeScene();
      const c = buildConsole(160, 128, builtinFont());
      s.display.rootGroup = c.group;
      // What the supervisor writes around print("Hello"): fontio-terminalio.md §3.
      const w = (text: string) => c.terminal.write(text);
      w('\x1b]0;\u{1F40D}code.py | 9.2.9\x1b\\');
      w('\r\n');
      w('\x1b[2K\x1b[0GAuto-reload is on. Simply save files over USB to run them or enter REPL to disable.\n');
      w('\x1b[2K\x1b[0Gcode.py output:\n');
      w('Hello\r\n');
      w('\nCode done running.\n');
      w('\x1b]0;\u{1F40D}Done | 9.2.9\x1b\\');
      w('\r\nPress any key to enter the REPL. Use CTRL-D to reload.\n');
      s.display.refresh();
      consoleGrid = c.scrollArea;
      consoleBar = c.statusBar;
      return s;
    },
    check(s: Scene, t: Test) {
      t.same(screenText(consoleGrid!), [
        'code.py output:', 'Hello', '', 'Code done running.', '',
        'Press any key to enter the', ' REPL. Use CTRL-D to reloa', 'd.', '',
      ], 'the reference example screen');
      t.equal(screenText(consoleBar!)[0], 'Done | 9.2.9');
      // 'c' of "code.py" at scroll area (4, 20): Terminus 'c' has ink at row 4, columns 1-3.
      t.equal(s.at(4 + 1, 20 + 4), 0xffff);
      t.equal(s.at(4 + 0, 20 + 4), 0);
      t.equal(s.at(4 + 0, 20 + 5), 0xffff);
      t.equal(s.at(2, 2), 0, 'margin left of the status bar');
      t.equal(s.at(5, 0), c565(0x8428bc), 'logo purple');
      t.equal(s.at(6, 1), c565(0xffffff), 'logo eye');
    },
  },
  terminal_escapes: {
    build() {
      const s = makeScene(96, 48);
      const f = builtinFont();
      const grid = new TileGrid(f.bitmap, palette([0x000000, 0xffffff]), { width: 16, height: 4, tileWidth: 6, tileHeight: 12 });
      s.root.append(grid);
      const term = new Terminal(grid, f);
      term.write('\x1b[2Jline one\r\nline two\r\n\x1b[4;10Hxyz\x1b[2;6H\x1b[K!\x1b[32;41m');
      s.display.refresh();
      termGrid = grid;
      return s;
    },
    check(s: Scene, t: Test) {
      t.same(screenText(termGrid!), ['line one', 'line !', '', '         xyz']);
      t.equal(s.at(0, 0), c565(0xff0000), 'background recoloured red everywhere');
      t.equal(s.at(1, 12 + 2), c565(0x00ff00), "'l' ink is green");
    },
  },
};
