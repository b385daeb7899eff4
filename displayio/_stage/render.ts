// _stage.render: composes a rectangle of the stage and sends it straight to the display's panel,
// as the firmware streams it over the bus (no root group, no dirty areas, no refresh). The first
// layer in the list is on top; where every layer is transparent the background colour shows.
import { Area } from '../area';
import type { Display } from '../Display';
import { panelArea } from '../rotation';
import { StageLayer, TRANSPARENT } from './Layer';
import { StageText } from './Text';

export type StageDrawable = StageLayer | StageText;

export interface StageRegion {
  x0: number; y0: number; x1: number; y1: number;
  /** The viewport offset: stage pixel (x + vx, y + vy) lands on display pixel (x, y). */
  vx: number; vy: number;
  scale: number;
  /** Byte-swapped RGB565, as the palettes hold colours. */
  background: number;
}

/** Draws the region; returns the panel area written, or null when nothing landed on the display. */
export function renderStage(display: Display, r: StageRegion, layers: readonly StageDrawable[]): Area | null {
  const { scale } = r;
  const w = display.width, h = display.height;
  const area = new Area(r.x0 * scale, r.y0 * scale, r.x1 * scale, r.y1 * scale);
  if (!area.intersectWith(new Area(0, 0, w, h))) return null;
  const panel = display.panel;
  const pw = panel.width, ph = panel.height, out = panel.pixels;
  const rotation = display.rotation;
  let dy = r.y0 * scale;
  for (let y = r.y0 + r.vy; y < r.y1 + r.vy; y++) {
    for (let ys = 0; ys < scale; ys++, dy++) {
      if (dy < 0 || dy >= h) continue;
      let dx = r.x0 * scale;
      for (let x = r.x0 + r.vx; x < r.x1 + r.vx; x++) {
        let c = TRANSPARENT;
        for (const layer of layers) {
          c = layer.pixel(x, y);
          if (c !== TRANSPARENT) break;
        }
        if (c === TRANSPARENT) c = r.background;
        // What the bus carries low byte first becomes the panel's high byte.
        const v = ((c & 0xff) << 8) | ((c >> 8) & 0xff);
        for (let xs = 0; xs < scale; xs++, dx++) {
          if (dx < 0 || dx >= w) continue;
          out[panelIndex(dx, dy, rotation, pw, ph)] = v;
        }
      }
    }
  }
  return panelArea(area, rotation, pw, ph);
}

function panelIndex(x: number, y: number, rotation: number, pw: number, ph: number): number {
  if (rotation === 0) return y * pw + x;
  if (rotation === 180) return (ph - 1 - y) * pw + (pw - 1 - x);
  if (rotation === 270) return (ph - 1 - x) * pw + y;
  return x * pw + (pw - 1 - y);
}
