// Draws RGB565 frames as 24-bit-colour half blocks: each character cell is one column and two
// pixel rows ("▀" with the upper pixel as foreground, the lower as background). Only cells that
// changed since the last frame are written, so a mostly still game costs a few bytes per frame.

const ESC = '\x1b[';
/** Lines under the panel: the NeoPixels and the status text. */
export const STATUS_LINES = 1;

export interface Layout {
  /** Panel pixels per character column (and per half-row): 1 when the terminal is big enough. */
  step: number;
  columns: number;
  rows: number;
  /** Top-left cell of the panel, 0-based. */
  left: number;
  top: number;
}

/** The largest panel that fits the terminal: shrink by whole steps, centre horizontally. */
export function layoutFor(width: number, height: number, termColumns: number, termRows: number): Layout {
  const available = Math.max(1, termRows - STATUS_LINES);
  let step = 1;
  while (Math.ceil(width / step) > termColumns || Math.ceil(height / step / 2) > available) step++;
  const columns = Math.ceil(width / step);
  const rows = Math.ceil(height / (2 * step));
  return { step, columns, rows, left: Math.max(0, (termColumns - columns) >> 1), top: 0 };
}

/** RGB565 → "r;g;b" with bit replication, as the panel shows it. */
export function rgb(p: number): string {
  const r = (p >> 11) & 0x1f, g = (p >> 5) & 0x3f, b = p & 0x1f;
  return `${(r << 3) | (r >> 2)};${(g << 2) | (g >> 4)};${(b << 3) | (b >> 2)}`;
}

export class HalfBlockRenderer {
  /** Per cell: upper * 65536 + lower, or -1 when the terminal must be redrawn. */
  private cells = new Float64Array(0);
  private layout: Layout | null = null;
  private terminalSize = '';
  /** The status line as last written ('' after a clear), so an unchanged one is not resent. */
  private statusShown = '';

  constructor(private readonly width: number, private readonly height: number) {}

  /** The escape sequences that bring the terminal from the last frame to this one. */
  render(pixels: Uint16Array, termColumns: number, termRows: number): string {
    const size = `${termColumns}x${termRows}`;
    let out = '';
    // Any resize lays out again and redraws everything: terminals reflow differently after one.
    if (!this.layout || size !== this.terminalSize) {
      this.terminalSize = size;
      this.layout = layoutFor(this.width, this.height, termColumns, termRows);
      this.cells = new Float64Array(this.layout.columns * this.layout.rows).fill(-1);
      this.statusShown = '';
      out += `${ESC}0m${ESC}2J`;
    }
    const { step, columns, rows, left, top } = this.layout;
    let lastColour = -1;
    let cursor = -1;
    for (let row = 0; row < rows; row++) {
      const yTop = row * 2 * step;
      const yBottom = yTop + step;
      for (let col = 0; col < columns; col++) {
        const x = col * step;
        const upper = pixels[yTop * this.width + x];
        const lower = yBottom < this.height ? pixels[yBottom * this.width + x] : 0;
        const cell = upper * 65536 + lower;
        const i = row * columns + col;
        if (this.cells[i] === cell) continue;
        this.cells[i] = cell;
        if (cursor !== i) out += `${ESC}${top + row + 1};${left + col + 1}H`;
        if (cell !== lastColour) out += `${ESC}38;2;${rgb(upper)};48;2;${rgb(lower)}m`;
        out += '▀';
        lastColour = cell;
        cursor = i + 1;
      }
      cursor = -1;
    }
    return out;
  }

  /** The status line under the panel (one coloured dot per NeoPixel, then `text`), or '' when
   *  the terminal already shows it. */
  status(leds: readonly number[], text: string, termColumns: number): string {
    const layout = this.layout;
    if (!layout) return '';
    let line = '';
    for (const c of leds) line += `${ESC}38;2;${(c >> 16) & 255};${(c >> 8) & 255};${c & 255}m●`;
    line += `${ESC}0m ` + text.slice(0, Math.max(0, termColumns - leds.length - 1));
    if (line === this.statusShown) return '';
    this.statusShown = line;
    return `${ESC}${layout.top + layout.rows + 1};1H${ESC}0m${ESC}2K${line}`;
  }
}
