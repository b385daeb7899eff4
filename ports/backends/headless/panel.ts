// The headless backend's panel: RGB565 pixels in memory, exactly as the display wrote them,
// plus their RGBA expansion for screenshots.
import { Area } from '../../../displayio/area';
import { Panel } from '../../../displayio/panel';
import { PanelFormat, RGB565_PANEL } from '../../../displayio/rgb565';

export class HeadlessPanel implements Panel {
  readonly pixels: Uint16Array;
  backlight = 1;
  /** Refreshes that wrote at least one area. */
  flushCount = 0;

  constructor(readonly width: number, readonly height: number, readonly format: PanelFormat = RGB565_PANEL) {
    this.pixels = new Uint16Array(width * height);
  }

  flush(_areas: readonly Area[]): void {
    this.flushCount++;
  }

  /** RGBA bytes; RGB565 expands by bit replication (reference: display-rendering.md §8.2). */
  toRGBA(): Uint8Array {
    return rgb565ToRGBA(this.pixels);
  }
}

export function rgb565ToRGBA(pixels: Uint16Array): Uint8Array {
  const out = new Uint8Array(pixels.length * 4);
  for (let i = 0, o = 0; i < pixels.length; i++, o += 4) {
    const p = pixels[i];
    const r = (p >> 11) & 0x1f, g = (p >> 5) & 0x3f, b = p & 0x1f;
    out[o] = (r << 3) | (r >> 2);
    out[o + 1] = (g << 2) | (g >> 4);
    out[o + 2] = (b << 3) | (b >> 2);
    out[o + 3] = 255;
  }
  return out;
}
