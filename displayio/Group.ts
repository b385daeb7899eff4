// displayio.Group: an ordered list of layers (first = back) sharing a position and scale.
// reference: displayio-objects.md, Group; display-rendering.md §6 Transforms.
import { Area, int16 } from './area';
import { fail } from './errors';
import { Frame, Layer, Transform } from './layer';

// A group that is in no tree has no real placement; zero steps make it draw nothing.
const DETACHED: Transform = Object.freeze({ x: 0, y: 0, dx: 0, dy: 0, scale: 0 });

function int8(v: number): number {
  return (v << 24) >> 24;
}

export class Group implements Layer {
  readonly singleParent = true;
  inGroup = false;
  owner: unknown = null;
  /** CIRCUITPYTHON_TERMINAL refuses changes. */
  readOnly = false;
  readonly members: Layer[] = [];
  /** Placement handed to children, recomputed from the parent's on every change. */
  absolute: Transform = DETACHED;
  private parent: Transform | null = null;
  private _x: number;
  private _y: number;
  private _scale: number;
  private _hidden = false;
  private hiddenByParent = false;
  private itemRemoved = false;
  private readonly removedArea = new Area();

  constructor(opts: { scale?: number; x?: number; y?: number } = {}) {
    this._scale = opts.scale ?? 1;
    this._x = int16(opts.x ?? 0);
    this._y = int16(opts.y ?? 0);
  }

  private checkWritable(): void {
    if (this.readOnly) fail('RuntimeError', 'Read-only');
  }

  get x(): number { return this._x; }
  set x(v: number) {
    v = int16(v);
    if (v === this._x) return;
    this.checkWritable();
    this._x = v;
    this.recompute();
  }

  get y(): number { return this._y; }
  set y(v: number) {
    v = int16(v);
    if (v === this._y) return;
    this.checkWritable();
    this._y = v;
    this.recompute();
  }

  get scale(): number { return this._scale; }
  set scale(v: number) {
    if (v === this._scale) return;
    this.checkWritable();
    this._scale = v;
    this.recompute();
  }

  get hidden(): boolean { return this._hidden; }
  set hidden(h: boolean) {
    if (h === this._hidden) return;
    this.checkWritable();
    this._hidden = h;
    if (this.hiddenByParent) return;
    for (const m of this.members) m.setHiddenByParent(h);
  }

  setHiddenByParent(h: boolean): void {
    if (h === this.hiddenByParent) return;
    this.hiddenByParent = h;
    if (this._hidden) return;
    for (const m of this.members) m.setHiddenByParent(h);
  }

  get length(): number {
    return this.members.length;
  }

  /** 9.x keeps the total scale in 8 unsigned bits and each step in 8 signed bits. */
  private recompute(): void {
    const p = this.parent;
    if (!p) return;
    this.absolute = {
      x: p.x + p.dx * this._x,
      y: p.y + p.dy * this._y,
      dx: int8(p.dx * this._scale),
      dy: int8(p.dy * this._scale),
      scale: (p.scale * this._scale) & 0xff,
    };
    for (const m of this.members) m.updateTransform(this.absolute);
  }

  updateTransform(t: Transform | null): void {
    this.inGroup = t !== null;
    this.parent = t;
    if (t) this.recompute();
  }

  /** Checks the single-parent rule and attaches; the binding raises for non-layers first. */
  private attach(layer: Layer): void {
    this.checkWritable();
    if (layer.singleParent && layer.inGroup) fail('ValueError', 'Layer already in a group');
    layer.inGroup = true;
    layer.updateTransform(this.absolute);
    layer.setHiddenByParent(this._hidden || this.hiddenByParent);
  }

  private detach(index: number): void {
    this.checkWritable();
    const layer = this.members[index];
    const prev = new Area();
    const rendered = layer.getPreviousArea(prev);
    layer.updateTransform(null);
    layer.inGroup = false;
    if (!rendered) return;
    if (this.itemRemoved) this.removedArea.unionWith(prev);
    else this.removedArea.copyFrom(prev);
    this.itemRemoved = true;
  }

  /** `index` is already resolved to 0..length. */
  insert(index: number, layer: Layer): void {
    this.attach(layer);
    this.members.splice(index, 0, layer);
  }

  append(layer: Layer): void {
    this.insert(this.members.length, layer);
  }

  pop(index: number): Layer {
    this.detach(index);
    return this.members.splice(index, 1)[0];
  }

  /** g[i] = layer: the new layer is checked before the old one leaves. */
  set(index: number, layer: Layer): void {
    this.attach(layer);
    this.detach(index);
    this.members[index] = layer;
  }

  get(index: number): Layer {
    return this.members[index];
  }

  indexOf(layer: Layer): number {
    return this.members.indexOf(layer);
  }

  /** Group.sort(): reorders without marking anything dirty (hardware does not redraw). */
  reorder(order: Layer[]): void {
    this.members.splice(0, this.members.length, ...order);
  }

  draw(frame: Frame, clip: Area): void {
    if (this._hidden) return;
    const m = this.members;
    for (let i = 0; i < m.length; i++) m[i].draw(frame, clip);
  }

  getPreviousArea(out: Area): boolean {
    let found = false;
    const a = new Area();
    for (const m of this.members) {
      if (!m.getPreviousArea(a)) continue;
      if (found) out.unionWith(a); else out.copyFrom(a);
      found = true;
    }
    if (this.itemRemoved) {
      if (found) out.unionWith(this.removedArea); else out.copyFrom(this.removedArea);
      found = true;
    }
    return found;
  }

  getRefreshAreas(out: Area[]): void {
    if (this.itemRemoved) out.push(this.removedArea);
    for (let i = this.members.length - 1; i >= 0; i--) this.members[i].getRefreshAreas(out);
  }

  finishRefresh(): void {
    this.itemRemoved = false;
    for (let i = this.members.length - 1; i >= 0; i--) this.members[i].finishRefresh();
  }
}
