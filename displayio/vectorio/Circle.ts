// vectorio.Circle: covers dx² + dy² <= r² around its centre anchor (diameter 2r + 1).
import { Area } from '../area';
import { PixelShader } from '../pixel-shader';
import { VectorShape } from './VectorShape';

export class Circle extends VectorShape {
  private _radius: number;

  constructor(shader: PixelShader, radius: number, x = 0, y = 0, colorIndex = 0) {
    super(shader, x, y, colorIndex);
    this._radius = Math.abs(radius);
    this.placed();
  }

  get radius(): number { return this._radius; }
  set radius(v: number) { this._radius = Math.abs(v); this.setDirty(); }

  protected shapeArea(out: Area): void {
    const r = this._radius;
    out.set(-r, -r, r + 1, r + 1);
  }

  protected covers(dx: number, dy: number): boolean {
    return dx * dx + dy * dy <= this._radius * this._radius;
  }
}
