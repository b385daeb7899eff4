// The display's output: the pixels the panel holds, in panel coordinates. Backends (headless,
// SDL, terminal) implement this; displayio writes into `pixels` and then calls `flush`.
import { Area } from './area';
import { PanelFormat } from './rgb565';

export interface Panel {
  readonly width: number;
  readonly height: number;
  readonly format: PanelFormat;
  /** One value per pixel, row-major; for RGB565 the standard (not byte-swapped) value. */
  readonly pixels: Uint16Array;
  /** Backlight level 0..1 (the panel's pixels are not changed by it). */
  backlight: number;
  /** Called after a refresh wrote these panel areas. */
  flush?(areas: readonly Area[]): void;
}
