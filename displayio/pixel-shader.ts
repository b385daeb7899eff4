// What TileGrids and vectorio shapes need from a Palette or ColorConverter.
import { PanelFormat } from './rgb565';

export interface PixelShader {
  /** Panel value for raw input `value` taken from source pixel (tx, ty), or -1 if transparent. */
  shade(value: number, tx: number, ty: number, fmt: PanelFormat): number;
  /** True when every user of this shader must redraw fully. */
  needsRefresh(): boolean;
  finishRefresh(): void;
}
