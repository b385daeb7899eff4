// The group a PyBadge shows for console output (displayio.CIRCUITPYTHON_TERMINAL): Blinka logo,
// status bar and a bottom-aligned scrolling text area, laid out for any display size.
// reference: fontio-terminalio.md §3.
import { Bitmap } from '../Bitmap';
import { BuiltinFont } from '../fontio/BuiltinFont';
import { Group } from '../Group';
import { Palette } from '../Palette';
import { Terminal } from '../terminalio/Terminal';
import { TileGrid } from '../TileGrid';

// 12×12 logo, one hex digit per pixel (palette index; 0 is transparent).
const BLINKA_ROWS = [
  '000001110000',
  '000011531000',
  '000011561100',
  '000011111400',
  '000001120020',
  '000000113000',
  '000000112000',
  '000111441300',
  '002323241200',
  '011114441300',
  '323232341201',
  '111111444410',
];
const BLINKA_COLORS = [0x000000, 0x8428bc, 0xff89bc, 0x7beffe, 0x51395f, 0xffffff, 0x0736a0];

export interface Console {
  group: Group;
  terminal: Terminal;
  scrollArea: TileGrid;
  statusBar: TileGrid;
  logo: TileGrid;
  palette: Palette;
}

export function blinkaLogo(): TileGrid {
  const bmp = new Bitmap(12, 12, 4);
  BLINKA_ROWS.forEach((row, y) => {
    for (let x = 0; x < 12; x++) bmp.setPixelRaw(x, y, parseInt(row[x], 16));
  });
  const pal = new Palette(BLINKA_COLORS.length);
  BLINKA_COLORS.forEach((c, i) => pal.set(i, c));
  pal.makeTransparent(0);
  return new TileGrid(bmp, pal);
}

/** Builds the console group for a display of width × height logical pixels. */
export function buildConsole(width: number, height: number, font: BuiltinFont): Console {
  const palette = new Palette(2);
  palette.set(1, 0xffffff);
  const { scale, scrollArea, statusBar } = layoutGrids(width, height, font, palette);
  const logo = blinkaLogo();
  const group = new Group({ scale });
  group.append(scrollArea);
  group.append(logo);
  group.append(statusBar);
  group.readOnly = true;
  return { group, terminal: new Terminal(scrollArea, font, statusBar), scrollArea, statusBar, logo, palette };
}

/**
 * Lays the console out again for a new display size (a rotation, a new display): fresh, empty
 * text grids in the same group, so CIRCUITPYTHON_TERMINAL stays the same object and the text
 * starts over, as the firmware restarts its terminal. reference: display-rendering.md §4.
 */
export function relayoutConsole(c: Console, width: number, height: number, font: BuiltinFont): void {
  const { scale, scrollArea, statusBar } = layoutGrids(width, height, font, c.palette);
  const g = c.group;
  g.readOnly = false;
  g.set(g.indexOf(c.scrollArea), scrollArea);
  g.set(g.indexOf(c.statusBar), statusBar);
  g.scale = scale;
  g.readOnly = true;
  c.scrollArea = scrollArea;
  c.statusBar = statusBar;
  c.terminal = new Terminal(scrollArea, font, statusBar);
}

/** The text area (bottom-aligned) and status bar (right of the logo) for a display size. */
function layoutGrids(width: number, height: number, font: BuiltinFont, palette: Palette): { scale: number; scrollArea: TileGrid; statusBar: TileGrid } {
  const [fw, fh] = font.getBoundingBox();
  // Wide displays (over 80 columns) get 2× text.
  const scale = Math.floor(width / fw) > 80 ? 2 : 1;
  const w = Math.floor(width / scale), h = Math.floor(height / scale);
  const cols = Math.max(1, Math.floor(w / fw));
  const rows = Math.max(2, Math.floor(h / fh));
  const scrollArea = new TileGrid(font.bitmap, palette, {
    width: cols, height: rows - 1, tileWidth: fw, tileHeight: fh,
    x: w - cols * fw, y: h - (rows - 1) * fh,
  });
  const statusCols = Math.floor((w - 13) / fw);
  const statusBar = new TileGrid(font.bitmap, palette, {
    width: statusCols, height: 1, tileWidth: fw, tileHeight: fh, x: w - statusCols * fw, y: 0,
  });
  return { scale, scrollArea, statusBar };
}
