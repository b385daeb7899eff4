// terminalio.Terminal: writes text into a TileGrid of font glyphs. The grid scrolls by moving
// its top-left cell, so the first line appears on the bottom row and text moves up from there.
// reference: fontio-terminalio.md §2.
import { BuiltinFont } from '../fontio/BuiltinFont';
import { Palette } from '../Palette';
import { TileGrid } from '../TileGrid';

const ESC = 0x1b;

export class Terminal {
  /** Cursor in grid storage coordinates (rows are rotated by the grid's topLeftY). */
  cursorX = 0;
  cursorY = 0;
  private statusX = 0;
  private inOsc = false;
  private oscCommand = 0;
  /** Scroll region in screen rows, inclusive; the whole grid unless set by ESC [ t ; b r. */
  private regionTop = 0;
  private regionBottom: number;

  constructor(readonly scrollArea: TileGrid, readonly font: BuiltinFont, readonly statusBar: TileGrid | null = null) {
    scrollArea.setAllTiles(0);
    statusBar?.setAllTiles(0);
    scrollArea.setTopLeft(0, 1);
    this.regionBottom = scrollArea.heightInTiles - 1;
  }

  private get rows(): number { return this.scrollArea.heightInTiles; }
  private get cols(): number { return this.scrollArea.widthInTiles; }

  private storageRow(screenRow: number): number {
    return (screenRow + this.scrollArea.topLeftY) % this.rows;
  }

  private clearCells(row: number, from: number, to: number): void {
    for (let x = from; x < to; x++) this.scrollArea.setTile(x, row, 0);
  }

  write(text: string): void {
    const cps = Array.from(text, ch => ch.codePointAt(0)!);
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i];
      const startY = this.cursorY;
      if (this.inOsc) {
        if (c === ESC && cps[i + 1] === 0x5c) {
          this.inOsc = false;
          i++;
        } else {
          this.oscChar(c);
        }
        continue;
      }
      if (c === ESC) {
        // Cursor moves by escape sequences never scroll.
        i = this.escape(cps, i);
        continue;
      }
      if (c === 0x0d) {
        this.cursorX = 0;
      } else if (c === 0x0a) {
        this.cursorY++;
      } else if (c === 0x08) {
        if (this.cursorX > 0) this.cursorX--;
      } else if (c >= 0x20 && c !== 0x7f) {
        const tile = this.font.tileIndex(c);
        if (tile >= 0) {
          this.scrollArea.setTile(this.cursorX, this.cursorY, tile);
          this.cursorX++;
        }
      }
      this.settle(startY);
    }
  }

  private get wholeScreen(): boolean {
    return this.regionTop === 0 && this.regionBottom === this.rows - 1;
  }

  /** Wraps at the right edge; a cursor that just left the last row of the region scrolls it. */
  private settle(startY: number): void {
    if (this.cursorX >= this.cols) {
      this.cursorY++;
      this.cursorX %= this.cols;
    }
    this.cursorY %= this.rows;
    if (this.cursorY === startY) return;
    const endRow = this.storageRow(this.regionBottom);
    if ((this.cursorY + this.rows - 1) % this.rows !== endRow) return;
    if (this.wholeScreen) {
      // The new row is the oldest on screen: it becomes the bottom row.
      this.scrollArea.setTopLeft(0, (this.cursorY + 1) % this.rows);
    } else {
      this.cursorY = endRow;
      for (let r = this.regionTop; r < this.regionBottom; r++) this.copyRow(r + 1, r);
    }
    this.clearCells(this.cursorY, 0, this.cols);
    this.cursorX = 0;
  }

  private copyRow(fromScreen: number, toScreen: number): void {
    const from = this.storageRow(fromScreen), to = this.storageRow(toScreen);
    for (let x = 0; x < this.cols; x++) this.scrollArea.setTile(x, to, this.scrollArea.getTile(x, from));
  }

  /** ESC M: up one row; at the top of the region the region scrolls down instead. */
  private reverseIndex(): void {
    const top = this.storageRow(this.regionTop);
    if (this.cursorY !== top) {
      this.cursorY = (this.cursorY - 1 + this.rows) % this.rows;
      return;
    }
    if (this.wholeScreen) {
      this.scrollArea.setTopLeft(0, (this.cursorY - 1 + this.rows) % this.rows);
      this.cursorY = this.scrollArea.topLeftY;
    } else {
      for (let r = this.regionBottom - 1; r >= this.regionTop; r--) this.copyRow(r, r + 1);
    }
    this.clearCells(this.cursorY, 0, this.cols);
    this.cursorX = 0;
  }

  private oscChar(c: number): void {
    const bar = this.statusBar;
    if (this.oscCommand !== 0 || !bar || this.statusX >= bar.widthInTiles) return;
    const tile = this.font.tileIndex(c);
    if (tile < 0) return;
    if (this.statusX === 0) bar.setAllTiles(0);
    bar.setTile(this.statusX++, 0, tile);
  }

  /** Handles the sequence starting at cps[i] (ESC); returns the index of its last character. */
  private escape(cps: number[], i: number): number {
    const kind = cps[i + 1];
    if (kind === 0x4d /* M */) {
      this.reverseIndex();
      return i + 1;
    }
    if (kind === 0x44 /* D */) {
      // Moves down like a line feed, scrolling at the end of the region.
      const startY = this.cursorY;
      this.cursorY++;
      this.settle(startY);
      return i + 1;
    }
    if (kind !== 0x5b /* [ */ && kind !== 0x5d /* ] */) return i;
    let j = i + 2;
    if (cps[j] === 0x3f /* ? */) j++;
    const args: number[] = [];
    let cur = -1;
    while (j < cps.length) {
      const ch = cps[j];
      if (ch >= 0x30 && ch <= 0x39) cur = (cur < 0 ? 0 : cur) * 10 + (ch - 0x30);
      else if (ch === 0x3b && kind === 0x5b && args.length < 2) { args.push(cur); cur = -1; }
      else break;
      j++;
    }
    args.push(cur);
    const final = cps[j];
    if (kind === 0x5d) {
      if (final === 0x3b) {
        this.inOsc = true;
        this.oscCommand = Math.max(0, args[0]);
        this.statusX = 0;
      }
      return j;
    }
    this.csi(final, args.map(a => (a < 0 ? 0 : a)), args);
    return j;
  }

  private csi(final: number, n: number[], raw: number[]): void {
    switch (String.fromCodePoint(final ?? 0)) {
      case 'K':
        if (n[0] === 0) this.clearCells(this.cursorY, this.cursorX, this.cols);
        else if (n[0] === 1) this.clearCells(this.cursorY, 0, this.cursorX);
        else if (n[0] === 2) this.clearCells(this.cursorY, 0, this.cols);
        return;
      case 'D':
        this.cursorX = Math.max(0, this.cursorX - n[0]);
        return;
      case 'J':
        if (n[0] === 2) {
          this.scrollArea.setTopLeft(0, 0);
          this.scrollArea.setAllTiles(0);
          this.cursorX = this.cursorY = 0;
        }
        return;
      case 'H': {
        const row = Math.min(Math.max(n[0] - 1, 0), this.rows - 1);
        const col = Math.min(Math.max((n[1] ?? 0) - 1, 0), this.cols - 1);
        this.cursorX = col;
        this.cursorY = this.storageRow(row);
        return;
      }
      case 'r': {
        const top = raw[0] - 1, bottom = (raw[1] ?? -1) - 1;
        if (raw.length === 2 && top >= 0 && top < bottom && bottom < this.rows) {
          this.regionTop = top;
          this.regionBottom = bottom;
        } else {
          this.regionTop = 0;
          this.regionBottom = this.rows - 1;
        }
        this.cursorX = 0;
        this.cursorY = this.storageRow(0);
        return;
      }
      case 'm':
        for (const v of n) this.sgr(v);
        return;
      default:
        // Other sequences (ESC [ ? 25 h, ESC [ 0 G …) are parsed and ignored.
        return;
    }
  }

  /** Colour escapes recolour the whole terminal: entry 1 is the text, entry 0 the background. */
  private sgr(v: number): void {
    const palette = this.scrollArea.pixelShader;
    if (!(palette instanceof Palette)) return;
    const rgb = (bits: number) => ((bits & 1) ? 0xff0000 : 0) | ((bits & 2) ? 0x00ff00 : 0) | ((bits & 4) ? 0x0000ff : 0);
    if (v === 0) {
      palette.set(1, 0xffffff);
      palette.set(0, 0x000000);
    } else if (v >= 30 && v <= 37) {
      palette.set(1, rgb(v - 30));
    } else if (v >= 40 && v <= 47) {
      palette.set(0, rgb(v - 40));
    }
  }
}
