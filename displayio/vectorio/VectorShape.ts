// What Circle, Rectangle and Polygon share: position, colour, dirty tracking and painting.
// Geometry is drawn 1:1 even inside a scaled group (only the position scales), and a covered
// pixel whose colour is transparent paints black. reference: vectorio-bitmaptools.md §1.
import { Area, int16 } from '../area';
import { Frame, IDENTITY, Layer, Transform } from '../layer';
import { PixelShader } from '../pixel-shader';

export abstract class VectorShape implements Layer {
  /** 9.x lets a shape sit in several groups (10.x does not). */
  readonly singleParent = false;
  inGroup = false;
  owner: unknown = null;
  private transform: Transform = IDENTITY;
  private _x: number;
  private _y: number;
  private _hidden = false;
  private _colorIndex: number;
  private _shader: PixelShader;
  /** Screen footprint now; what was drawn before a change accumulates in `ephemeral`. */
  readonly currentArea = new Area();
  private readonly ephemeral = new Area();
  private currentAreaDirty = true;

  constructor(shader: PixelShader, x: number, y: number, colorIndex: number) {
    this._shader = shader;
    this._x = int16(x);
    this._y = int16(y);
    this._colorIndex = colorIndex;
  }

  /** Bounding box relative to the anchor, half-open. */
  protected abstract shapeArea(out: Area): void;
  /** Whether (dx, dy) relative to the anchor is covered, within shapeArea. */
  protected abstract covers(dx: number, dy: number): boolean;

  /** Init hook for subclasses once their geometry is set. */
  protected placed(): void {
    this.computeScreenArea(this.currentArea);
  }

  get x(): number { return this._x; }
  set x(v: number) { v = int16(v); if (v === this._x) return; this._x = v; this.setDirty(); }
  get y(): number { return this._y; }
  set y(v: number) { v = int16(v); if (v === this._y) return; this._y = v; this.setDirty(); }
  get hidden(): boolean { return this._hidden; }
  set hidden(h: boolean) { this._hidden = h; this.setDirty(); }
  get colorIndex(): number { return this._colorIndex; }
  set colorIndex(c: number) { this._colorIndex = c; this.setDirty(); }
  get pixelShader(): PixelShader { return this._shader; }
  set pixelShader(s: PixelShader) { this._shader = s; this.setDirty(); }

  private get originX(): number { return int16(this.transform.x + this.transform.dx * this._x); }
  private get originY(): number { return int16(this.transform.y + this.transform.dy * this._y); }

  private computeScreenArea(out: Area): void {
    this.shapeArea(out);
    const ox = this.originX, oy = this.originY;
    out.set(out.x1 + ox, out.y1 + oy, out.x2 + ox, out.y2 + oy);
  }

  /** Any change: remember the old footprint for clearing and take the new one. */
  setDirty(): void {
    this.ephemeral.unionWith(this.currentArea);
    this.computeScreenArea(this.currentArea);
    this.currentAreaDirty = true;
  }

  /** vectorio contains(x, y): screen coordinates. */
  contains(x: number, y: number): boolean {
    const a = new Area();
    this.shapeArea(a);
    const dx = x - this.originX, dy = y - this.originY;
    return dx >= a.x1 && dx < a.x2 && dy >= a.y1 && dy < a.y2 && this.covers(dx, dy);
  }

  updateTransform(t: Transform | null): void {
    this.transform = t ?? IDENTITY;
    this.setDirty();
  }

  setHiddenByParent(): void {
    this.setDirty();
  }

  draw(frame: Frame, clip: Area): void {
    if (this._hidden) return;
    const cur = this.currentArea;
    const x1 = Math.max(clip.x1, cur.x1), x2 = Math.min(clip.x2, cur.x2);
    const y1 = Math.max(clip.y1, cur.y1), y2 = Math.min(clip.y2, cur.y2);
    if (x1 >= x2 || y1 >= y2) return;
    const c = this._shader.shade(this._colorIndex, 0, 0, frame.format);
    const color = c < 0 ? 0 : c;
    const ox = this.originX, oy = this.originY, out = frame.pixels, fw = frame.width;
    for (let y = y1; y < y2; y++) {
      for (let x = x1, o = y * fw + x1; x < x2; x++, o++) {
        if (this.covers(x - ox, y - oy)) out[o] = color;
      }
    }
  }

  getPreviousArea(out: Area): boolean {
    if (this.currentArea.empty) return false;
    out.copyFrom(this.currentArea);
    return true;
  }

  getRefreshAreas(out: Area[]): void {
    if (this.currentAreaDirty || this._shader.needsRefresh()) {
      if (!this.ephemeral.empty) {
        // One rectangle for short moves, two for long ones (fewer pixels either way).
        const cur = this.currentArea, eph = this.ephemeral;
        const overlap = eph.clone();
        const overlapSize = overlap.intersectWith(cur) ? overlap.size : 0;
        const union = eph.clone().unionWith(cur);
        if (union.size - eph.size - cur.size + overlapSize <= Math.min(eph.size, cur.size)) {
          eph.copyFrom(union);
        } else {
          out.push(cur);
        }
        out.push(eph);
      } else {
        out.push(this.currentArea);
      }
    } else if (!this.ephemeral.empty) {
      out.push(this.ephemeral);
    }
  }

  finishRefresh(): void {
    this.ephemeral.set(0, 0, 0, 0);
    this.currentAreaDirty = false;
    this._shader.finishRefresh();
  }
}
