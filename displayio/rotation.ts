// Maps logical (user) pixels to panel pixels for rotation 90/180/270; any transposed value
// other than exactly 270 uses the 90 mapping, as 9.x does. reference: display-rendering.md §4.
import { Area } from './area';
import { Panel } from './panel';

/** Copies area `a` of the logical frame to the panel, or back when `toLogical`. */
export function copyRotated(panel: Panel, logical: Uint16Array, lw: number, rotation: number,
  a: Area, toLogical: boolean): void {
  const pw = panel.width, ph = panel.height, out = panel.pixels;
  for (let uy = a.y1; uy < a.y2; uy++) {
    for (let ux = a.x1; ux < a.x2; ux++) {
      let px: number, py: number;
      if (rotation === 180) { px = pw - 1 - ux; py = ph - 1 - uy; }
      else if (rotation === 270) { px = uy; py = ph - 1 - ux; }
      else { px = pw - 1 - uy; py = ux; }
      if (toLogical) logical[uy * lw + ux] = out[py * pw + px];
      else out[py * pw + px] = logical[uy * lw + ux];
    }
  }
}

/** The panel rectangle covered by logical area `a`. */
export function panelArea(a: Area, rotation: number, pw: number, ph: number): Area {
  if (rotation === 0) return a.clone();
  if (rotation === 180) return new Area(pw - a.x2, ph - a.y2, pw - a.x1, ph - a.y1);
  if (rotation === 270) return new Area(a.y1, ph - a.x2, a.y2, ph - a.x1);
  return new Area(pw - a.y2, a.x1, pw - a.y1, a.x2);
}
