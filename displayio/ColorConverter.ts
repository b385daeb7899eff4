// displayio.ColorConverter: decodes raw bitmap values from an input colourspace, then converts.
// reference: displayio-objects.md, ColorConverter.
import { Colorspace, decodeToRgb888 } from './Colorspace';
import { fail } from './errors';
import { PixelShader } from './pixel-shader';
import { PanelFormat, RGB565_PANEL, rgb888ToPanel, rgb888ToPanelDithered } from './rgb565';

export class ColorConverter implements PixelShader {
  /** Raw input value shown as transparent, or null. */
  transparentColor: number | null = null;

  constructor(readonly inputColorspace: Colorspace = Colorspace.RGB888, public dither = false) {}

  /** convert(): RGB565 (not byte-swapped); the transparent value gives 0; dither uses (0, 0). */
  convert(color: number): number {
    if (this.transparentColor !== null && color === this.transparentColor) return 0;
    const rgb = decodeToRgb888(color, this.inputColorspace);
    return this.dither ? rgb888ToPanelDithered(rgb, RGB565_PANEL, 0, 0) : rgb888ToPanel(rgb, RGB565_PANEL);
  }

  makeTransparent(color: number): void {
    if (this.transparentColor !== null) fail('RuntimeError', 'Only one color can be transparent at a time');
    this.transparentColor = color;
  }

  makeOpaque(): void {
    this.transparentColor = null;
  }

  shade(value: number, tx: number, ty: number, fmt: PanelFormat): number {
    if (this.transparentColor !== null && value === this.transparentColor) return -1;
    const rgb = decodeToRgb888(value, this.inputColorspace);
    return this.dither ? rgb888ToPanelDithered(rgb, fmt, tx, ty) : rgb888ToPanel(rgb, fmt);
  }

  /** Never: changing a converter does not redraw its users (reference: display-rendering.md §7). */
  needsRefresh(): boolean {
    return false;
  }

  finishRefresh(): void {}
}
