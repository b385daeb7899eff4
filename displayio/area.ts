// Half-open screen rectangles [x1, x2) × [y1, y2), the unit of dirty tracking.
// reference: display-rendering.md §7.

export class Area {
  constructor(public x1 = 0, public y1 = 0, public x2 = 0, public y2 = 0) {}

  get empty(): boolean {
    return this.x2 <= this.x1 || this.y2 <= this.y1;
  }

  set(x1: number, y1: number, x2: number, y2: number): this {
    this.x1 = x1; this.y1 = y1; this.x2 = x2; this.y2 = y2;
    return this;
  }

  copyFrom(a: Area): this {
    return this.set(a.x1, a.y1, a.x2, a.y2);
  }

  clone(): Area {
    return new Area(this.x1, this.y1, this.x2, this.y2);
  }

  /** Swaps corners so that x1 <= x2 and y1 <= y2. */
  normalize(): this {
    if (this.x2 < this.x1) { const t = this.x1; this.x1 = this.x2; this.x2 = t; }
    if (this.y2 < this.y1) { const t = this.y1; this.y1 = this.y2; this.y2 = t; }
    return this;
  }

  /** Grows this area to cover `a` as well; an empty side is replaced by the other. */
  unionWith(a: Area): this {
    if (a.empty) return this;
    if (this.empty) return this.copyFrom(a);
    return this.set(Math.min(this.x1, a.x1), Math.min(this.y1, a.y1),
      Math.max(this.x2, a.x2), Math.max(this.y2, a.y2));
  }

  /** Shrinks this area to its overlap with `a`; returns false when nothing is left. */
  intersectWith(a: Area): boolean {
    this.x1 = Math.max(this.x1, a.x1); this.y1 = Math.max(this.y1, a.y1);
    this.x2 = Math.min(this.x2, a.x2); this.y2 = Math.min(this.y2, a.y2);
    return !this.empty;
  }

  overlaps(a: Area): boolean {
    return this.x1 < a.x2 && a.x1 < this.x2 && this.y1 < a.y2 && a.y1 < this.y2;
  }

  get size(): number {
    return this.empty ? 0 : (this.x2 - this.x1) * (this.y2 - this.y1);
  }
}

/** Wraps to a signed 16-bit value, as CircuitPython stores positions. */
export function int16(v: number): number {
  return (v << 16) >> 16;
}
