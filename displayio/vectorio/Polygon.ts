// vectorio.Polygon: non-zero winding inside the half-open bounding box of its points, so the
// maximum column and row are never drawn. reference: vectorio-bitmaptools.md, Polygon winding rule.
import { Area } from '../area';
import { PixelShader } from '../pixel-shader';
import { VectorShape } from './VectorShape';

export class Polygon extends VectorShape {
  /** x0, y0, x1, y1, … */
  private xy: Int32Array;

  constructor(shader: PixelShader, points: ReadonlyArray<readonly [number, number]>, x = 0, y = 0, colorIndex = 0) {
    super(shader, x, y, colorIndex);
    this.xy = Polygon.pack(points);
    this.placed();
  }

  private static pack(points: ReadonlyArray<readonly [number, number]>): Int32Array {
    const xy = new Int32Array(points.length * 2);
    points.forEach(([px, py], i) => { xy[2 * i] = px; xy[2 * i + 1] = py; });
    return xy;
  }

  get points(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let i = 0; i < this.xy.length; i += 2) out.push([this.xy[i], this.xy[i + 1]]);
    return out;
  }

  set points(p: ReadonlyArray<readonly [number, number]>) {
    this.xy = Polygon.pack(p);
    this.setDirty();
  }

  protected shapeArea(out: Area): void {
    const xy = this.xy;
    let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
    for (let i = 0; i < xy.length; i += 2) {
      x1 = Math.min(x1, xy[i]); x2 = Math.max(x2, xy[i]);
      y1 = Math.min(y1, xy[i + 1]); y2 = Math.max(y2, xy[i + 1]);
    }
    if (xy.length === 0) out.set(0, 0, 0, 0);
    else out.set(x1, y1, x2, y2);
  }

  protected covers(px: number, py: number): boolean {
    const xy = this.xy, n = xy.length;
    let winding = 0;
    for (let i = 0; i < n; i += 2) {
      const x1 = xy[i], y1 = xy[i + 1];
      const j = (i + 2) % n;
      const x2 = xy[j], y2 = xy[j + 1];
      const side = (px - x1) * (y2 - y1) - (py - y1) * (x2 - x1);
      if (y1 <= py) {
        if (y2 > py && side < 0) winding++;
      } else if (y2 <= py && side > 0) {
        winding--;
      }
    }
    return winding !== 0;
  }
}
