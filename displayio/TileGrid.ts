// displayio.TileGrid: a grid of tiles cut from one bitmap, with flips, transpose and dirty
// tracking. Painting lives in tilegrid-draw.ts.
// reference: displayio-objects.md, TileGrid; display-rendering.md §6–7.
import { Area, int16 } from './area';
import { Bitmap } from './Bitmap';
import { BitmapSource } from './bitmap-source';
import { Frame, Layer, Transform } from './layer';
import { PixelShader } from './pixel-shader';
import { drawTileGrid } from './tilegrid-draw';

export interface TileGridOptions {
  width?: number;
  height?: number;
  tileWidth?: number;
  tileHeight?: number;
  defaultTile?: number;
  x?: number;
  y?: number;
}

export class TileGrid implements Layer {
  readonly singleParent = true;
  inGroup = false;
  owner: unknown = null;

  readonly widthInTiles: number;
  readonly heightInTiles: number;
  readonly tileWidth: number;
  readonly tileHeight: number;
  readonly pixelWidth: number;
  readonly pixelHeight: number;
  readonly bitmapWidthInTiles: number;
  readonly tilesInBitmap: number;
  /** Tile index per cell, one byte each as in 9.x. */
  readonly tiles: Uint8Array;
  /** Bitmap position of each possible tile index, so drawing never divides per tile. */
  readonly tileOriginX = new Int32Array(256);
  readonly tileOriginY = new Int32Array(256);

  private _x: number;
  private _y: number;
  private _flipX = false;
  private _flipY = false;
  private _transposeXY = false;
  private _hidden = false;
  hiddenByParent = false;
  /** Cell shown at the top left; the Terminal scrolls by moving it. */
  topLeftX = 0;
  topLeftY = 0;

  transform: Transform | null = null;
  readonly currentArea = new Area();
  /** Empty (x1 == x2) until first drawn. */
  readonly previousArea = new Area(0xffff, 0, 0xffff, 0);
  private readonly dirtyArea = new Area();
  private moved = false;
  private fullChange = false;
  private partialChange = false;
  private renderedHidden = false;

  constructor(private _bitmap: BitmapSource, private _shader: PixelShader, opts: TileGridOptions = {}) {
    this.widthInTiles = opts.width ?? 1;
    this.heightInTiles = opts.height ?? 1;
    this.tileWidth = opts.tileWidth || _bitmap.width;
    this.tileHeight = opts.tileHeight || _bitmap.height;
    this.pixelWidth = this.widthInTiles * this.tileWidth;
    this.pixelHeight = this.heightInTiles * this.tileHeight;
    this.bitmapWidthInTiles = this.tileWidth ? Math.floor(_bitmap.width / this.tileWidth) : 0;
    this.tilesInBitmap = this.bitmapWidthInTiles * (this.tileHeight ? Math.floor(_bitmap.height / this.tileHeight) : 0);
    this.tiles = new Uint8Array(this.widthInTiles * this.heightInTiles).fill((opts.defaultTile ?? 0) & 0xff);
    const perRow = this.bitmapWidthInTiles || 1;
    for (let t = 0; t < 256; t++) {
      this.tileOriginX[t] = (t % perRow) * this.tileWidth;
      this.tileOriginY[t] = Math.floor(t / perRow) * this.tileHeight;
    }
    this._x = int16(opts.x ?? 0);
    this._y = int16(opts.y ?? 0);
  }

  get bitmap(): BitmapSource { return this._bitmap; }
  set bitmap(b: BitmapSource) { this._bitmap = b; this.fullChange = true; }

  get pixelShader(): PixelShader { return this._shader; }
  set pixelShader(s: PixelShader) { this._shader = s; this.fullChange = true; }

  get x(): number { return this._x; }
  set x(v: number) {
    v = int16(v);
    if (v === this._x) return;
    this._x = v;
    this.moved = true;
    this.updateCurrentArea();
  }

  get y(): number { return this._y; }
  set y(v: number) {
    v = int16(v);
    if (v === this._y) return;
    this._y = v;
    this.moved = true;
    this.updateCurrentArea();
  }

  get hidden(): boolean { return this._hidden; }
  set hidden(h: boolean) {
    this._hidden = h;
    this.renderedHidden = false;
    if (!h) this.fullChange = true;
  }

  setHiddenByParent(h: boolean): void {
    this.hiddenByParent = h;
    this.renderedHidden = false;
    if (!h) this.fullChange = true;
  }

  get flipX(): boolean { return this._flipX; }
  set flipX(v: boolean) {
    if (v === this._flipX) return;
    this._flipX = v;
    this.fullChange = true;
  }

  get flipY(): boolean { return this._flipY; }
  set flipY(v: boolean) {
    if (v === this._flipY) return;
    this._flipY = v;
    this.fullChange = true;
  }

  get transposeXY(): boolean { return this._transposeXY; }
  set transposeXY(v: boolean) {
    if (v === this._transposeXY) return;
    this._transposeXY = v;
    // A square grid keeps its footprint, so only its contents change.
    if (this.pixelWidth === this.pixelHeight) {
      this.fullChange = true;
      return;
    }
    this.updateCurrentArea();
    this.moved = true;
  }

  getTile(x: number, y: number): number {
    return this.tiles[y * this.widthInTiles + x];
  }

  /** Trusts 0 <= tile < tilesInBitmap (the binding checks). */
  setTile(x: number, y: number, tile: number): void {
    this.tiles[y * this.widthInTiles + x] = tile;
    this.markTileDirty(x, y);
  }

  setAllTiles(tile: number): void {
    this.tiles.fill(tile);
    this.fullChange = true;
  }

  setTopLeft(x: number, y: number): void {
    this.topLeftX = x;
    this.topLeftY = y;
    this.fullChange = true;
  }

  /** Tile cells are marked in grid pixels, relative to the scrolled top-left cell. */
  private markTileDirty(x: number, y: number): void {
    let tx = (x - this.topLeftX) % this.widthInTiles;
    if (tx < 0) tx += this.widthInTiles;
    let ty = (y - this.topLeftY) % this.heightInTiles;
    if (ty < 0) ty += this.heightInTiles;
    const x1 = tx * this.tileWidth, y1 = ty * this.tileHeight;
    const tile = new Area(x1, y1, x1 + this.tileWidth, y1 + this.tileHeight);
    if (this.partialChange) this.dirtyArea.unionWith(tile);
    else this.dirtyArea.copyFrom(tile);
    this.partialChange = true;
  }

  /** TileGrid.contains(): parent coordinates, compared as unsigned 16-bit. */
  contains(x: number, y: number): boolean {
    const ux = x & 0xffff, uy = y & 0xffff;
    const x0 = this._x & 0xffff, y0 = this._y & 0xffff;
    const right = (this._x + this.pixelWidth) & 0xffff;
    const bottom = (this._y + this.pixelHeight) & 0xffff;
    return ux >= x0 && ux < right && uy >= y0 && uy < bottom;
  }

  private updateCurrentArea(): void {
    const t = this.transform;
    if (!t) return;
    const w = this._transposeXY ? this.pixelHeight : this.pixelWidth;
    const h = this._transposeXY ? this.pixelWidth : this.pixelHeight;
    this.currentArea.set(
      int16(t.x + t.dx * this._x), int16(t.y + t.dy * this._y),
      int16(t.x + t.dx * (this._x + w)), int16(t.y + t.dy * (this._y + h)),
    ).normalize();
  }

  updateTransform(t: Transform | null): void {
    this.inGroup = t !== null;
    this.transform = t;
    if (t) {
      this.moved = true;
      this.updateCurrentArea();
    }
  }

  draw(frame: Frame, clip: Area): void {
    if (this._hidden || this.hiddenByParent || !this.transform) return;
    drawTileGrid(this, frame, clip);
  }

  getPreviousArea(out: Area): boolean {
    if (this.previousArea.x1 === this.previousArea.x2) return false;
    out.copyFrom(this.previousArea);
    return true;
  }

  getRefreshAreas(out: Area[]): void {
    if (this.renderedHidden) return;
    const firstDraw = this.previousArea.x1 === this.previousArea.x2;
    if (this._hidden || this.hiddenByParent) {
      this.renderedHidden = true;
      if (!firstDraw) out.push(this.previousArea);
      return;
    }
    if (this.moved && !firstDraw) {
      const both = this.previousArea.clone().unionWith(this.currentArea);
      // A short move redraws one rectangle; a long jump redraws the two footprints.
      if (both.size <= 2 * this.pixelWidth * this.pixelHeight) {
        out.push(this.dirtyArea.copyFrom(both));
      } else {
        out.push(this.currentArea, this.previousArea);
      }
      return;
    }
    const bmp = this._bitmap;
    if (bmp instanceof Bitmap && bmp.hasChanges()) {
      // A grid showing the whole bitmap as its only tile redraws just the changed pixels.
      if (this.tilesInBitmap === 1) {
        this.dirtyArea.copyFrom(bmp.dirtyArea);
        this.partialChange = true;
      } else {
        this.fullChange = true;
      }
    }
    this.fullChange = this.fullChange || this._shader.needsRefresh();
    if (this.fullChange || firstDraw) {
      out.push(this.currentArea);
      return;
    }
    if (this.partialChange) out.push(this.partialScreenArea());
  }

  /** The grid-pixel dirty rectangle mapped through flips, transpose and the parent transform. */
  private partialScreenArea(): Area {
    const t = this.transform!;
    const d = this.dirtyArea;
    let x1 = d.x1, x2 = d.x2, y1 = d.y1, y2 = d.y2;
    if (this._flipX) { x1 = this.pixelWidth - x1; x2 = this.pixelWidth - x2; }
    if (this._flipY) { y1 = this.pixelHeight - y1; y2 = this.pixelHeight - y2; }
    if (this._transposeXY) {
      let s = x1; x1 = y1; y1 = s;
      s = x2; x2 = y2; y2 = s;
    }
    return d.set(
      int16(t.x + t.dx * (this._x + x1)), int16(t.y + t.dy * (this._y + y1)),
      int16(t.x + t.dx * (this._x + x2)), int16(t.y + t.dy * (this._y + y2)),
    ).normalize();
  }

  finishRefresh(): void {
    const firstDraw = this.previousArea.x1 === this.previousArea.x2;
    if (!firstDraw && (this._hidden || this.hiddenByParent)) {
      this.previousArea.x2 = this.previousArea.x1;
    } else if (this.moved || firstDraw) {
      this.previousArea.copyFrom(this.currentArea);
    }
    this.moved = false;
    this.fullChange = false;
    this.partialChange = false;
    this._shader.finishRefresh();
    if (this._bitmap instanceof Bitmap) this._bitmap.finishRefresh();
  }
}
