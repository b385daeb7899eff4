// vectorio.Rectangle: covers 0 <= dx < width, 0 <= dy < height from its top-left anchor.
import { Area } from '../area';
import { PixelShader } from '../pixel-shader';
import { VectorShape } from './VectorShape';

export class Rectangle extends VectorShape {
  private _width: number;
  private _height: number;

  constructor(shader: PixelShader, width: number, height: number, x = 0, y = 0, colorIndex = 0) {
    super(shader, x, y, colorIndex);
    this._width = Math.abs(width);
    this._height = Math.abs(height);
    this.placed();
  }

  get width(): number { return this._width; }
  /** Setters store the absolute value unchecked (reference: vectorio setter quirks). */
  set width(v: number) { this._width = Math.abs(v); this.setDirty(); }
  get height(): number { return this._height; }
  set height(v: number) { this._height = Math.abs(v); this.setDirty(); }

  protected shapeArea(out: Area): void {
    out.set(0, 0, this._width, this._height);
  }

  protected covers(dx: number, dy: number): boolean {
    return dx >= 0 && dx < this._width && dy >= 0 && dy < this._height;
  }
}
