// The display object (busdisplay.BusDisplay, displayio.Display in 9.x): root group, refresh
// with dirty areas, auto-refresh on a virtual clock, brightness and rotation.
// reference: display-rendering.md §1–5, §7.
import { Area } from './area';
import { fail } from './errors';
import { Group } from './Group';
import { Frame, IDENTITY, makeFrame } from './layer';
import { Panel } from './panel';
import { copyRotated, panelArea } from './rotation';

export interface DisplayOptions {
  panel: Panel;
  /** Virtual milliseconds. */
  now: () => number;
  /** Lets virtual time pass (running background work) while refresh() paces frames. */
  wait?: (ms: number) => void;
  rotation?: number;
  autoRefresh?: boolean;
  nativeFramesPerSecond?: number;
  /** 'none': no backlight pin and no brightness command. */
  backlight?: 'pwm' | 'switch' | 'none';
  brightness?: number;
}

export class Display {
  readonly panel: Panel;
  private readonly now: () => number;
  private readonly wait: (ms: number) => void;
  private _rotation = 0;
  private _root: Group | null = null;
  private _autoRefresh: boolean;
  private firstManualRefresh: boolean;
  private fullRefresh = true;
  private lastRefreshFinished = 0;
  private lastRefreshCall = 0;
  private readonly msPerFrame: number;
  private readonly backlight: 'pwm' | 'switch' | 'none';
  private _brightness: number;
  /** Logical-coordinate frame; the panel's own buffer when rotation is 0. */
  private frame: Frame;
  /** Number of refreshes drawn, for frame-stepping runners. */
  refreshCount = 0;
  /** Set by release(): the display draws nothing more and its panel keeps the last picture. */
  released = false;
  /** Called after each rotation change (the board lays its console out again). */
  onRotate: (() => void) | null = null;

  constructor(opts: DisplayOptions) {
    this.panel = opts.panel;
    // The supervisor's millisecond tick is an integer.
    this.now = () => Math.floor(opts.now());
    this.wait = opts.wait ?? (() => {});
    this.msPerFrame = Math.floor(1000 / (opts.nativeFramesPerSecond ?? 60));
    this.backlight = opts.backlight ?? 'pwm';
    this._brightness = opts.brightness ?? 1;
    this.panel.backlight = this.backlight === 'none' ? 1 : this._brightness;
    this._autoRefresh = opts.autoRefresh ?? true;
    this.firstManualRefresh = !this._autoRefresh;
    this.frame = this.makeFrame();
    if (opts.rotation) this.rotation = opts.rotation;
  }

  get width(): number {
    return this.transposed ? this.panel.height : this.panel.width;
  }

  get height(): number {
    return this.transposed ? this.panel.width : this.panel.height;
  }

  private get transposed(): boolean {
    return this._rotation !== 0 && this._rotation !== 180;
  }

  private makeFrame(): Frame {
    const { panel } = this;
    if (this._rotation === 0) return makeFrame(panel.pixels, panel.width, panel.format);
    return makeFrame(new Uint16Array(panel.width * panel.height), this.width, panel.format);
  }

  get rotation(): number {
    return this._rotation;
  }

  /** Stored as (value % 360) in 16 unsigned bits; not validated (reference §4). */
  set rotation(v: number) {
    this._rotation = (v % 360) & 0xffff;
    this.frame = this.makeFrame();
    // The old contents stay on the panel until the full redraw replaces them.
    if (this._rotation !== 0) this.readBackLogical();
    this._root?.updateTransform(IDENTITY);
    this.fullRefresh = true;
    this.onRotate?.();
  }

  /** displayio.release_displays(): auto-refresh off, the root group let go, nothing drawn again. */
  release(): void {
    this.autoRefresh = false;
    this.rootGroup = null;
    this.released = true;
  }

  private readBackLogical(): void {
    const w = this.width, h = this.height;
    copyRotated(this.panel, this.frame.pixels, w, this._rotation, new Area(0, 0, w, h), true);
  }

  get rootGroup(): Group | null {
    return this._root;
  }

  /** The binding checks the type; a group used elsewhere raises "Group already used". */
  set rootGroup(g: Group | null) {
    if (g === this._root) return;
    if (g && g.inGroup) fail('ValueError', 'Group already used');
    if (this._root) this._root.updateTransform(null);
    this._root = g;
    if (g) g.updateTransform(IDENTITY);
    this.fullRefresh = true;
  }

  get autoRefresh(): boolean {
    return this._autoRefresh;
  }

  set autoRefresh(v: boolean) {
    this.firstManualRefresh = !v;
    this._autoRefresh = v;
  }

  get brightness(): number {
    return this.backlight === 'none' ? 0 : this._brightness;
  }

  /** 0..1, checked by the binding. */
  set brightness(v: number) {
    if (this.backlight === 'none') fail('RuntimeError', 'Brightness not adjustable');
    this._brightness = v;
    this.panel.backlight = this.backlight === 'switch' ? (v > 0.99 ? 1 : 0) : v;
  }

  /** display.refresh(): returns whether a frame was drawn. reference §3. */
  refresh(targetFramesPerSecond: number | null = null, minimumFramesPerSecond = 0): boolean {
    if (!this._autoRefresh && !this.firstManualRefresh && targetFramesPerSecond !== null) {
      const target = Math.floor(1000 / targetFramesPerSecond);
      const maxReal = minimumFramesPerSecond > 0 ? Math.floor(1000 / minimumFramesPerSecond) : Infinity;
      const now = this.now();
      const sinceReal = now - this.lastRefreshFinished;
      if (sinceReal > maxReal) fail('RuntimeError', 'Below minimum frame rate');
      const sinceCall = now - this.lastRefreshCall;
      this.lastRefreshCall = now;
      if (sinceCall > target) return false;
      const remaining = target - (sinceReal % target);
      const waited = this.now() - now;
      if (waited < remaining) this.wait(remaining - waited);
    }
    this.firstManualRefresh = false;
    this.refreshNow();
    return true;
  }

  /** The auto-refresh background task: call it whenever background work may run. */
  background(): void {
    if (this.released) return;
    if (this._autoRefresh && this.now() - this.lastRefreshFinished > this.msPerFrame) this.refreshNow();
  }

  /** Forces every pixel to be recomposed at the next refresh. */
  invalidate(): void {
    this.fullRefresh = true;
  }

  /**
   * display.fill_row(): composes logical row y from the scene into `row` (width values). Pixels
   * no layer covers keep what `row` held, as on hardware.
   */
  fillRow(y: number, row: Uint16Array): void {
    const w = this.width;
    const scratch = makeFrame(new Uint16Array(w * (y + 1)), w, this.panel.format);
    scratch.pixels.set(row.subarray(0, w), y * w);
    this._root?.draw(scratch, new Area(0, y, w, y + 1));
    row.set(scratch.pixels.subarray(y * w, (y + 1) * w));
  }

  /** Composes the dirty areas (or everything) into the panel. */
  refreshNow(): void {
    if (this.released) return;
    const w = this.width, h = this.height;
    const screen = new Area(0, 0, w, h);
    const dirty: Area[] = [];
    if (this.fullRefresh) dirty.push(screen.clone());
    else if (this._root) this._root.getRefreshAreas(dirty);
    const drawn: Area[] = [];
    const { pixels, width } = this.frame;
    for (const d of dirty) {
      const a = d.clone();
      if (!a.intersectWith(screen)) continue;
      for (let y = a.y1; y < a.y2; y++) pixels.fill(0, y * width + a.x1, y * width + a.x2);
      this._root?.draw(this.frame, a);
      if (this._rotation !== 0) copyRotated(this.panel, pixels, w, this._rotation, a, false);
      drawn.push(panelArea(a, this._rotation, this.panel.width, this.panel.height));
    }
    this._root?.finishRefresh();
    this.fullRefresh = false;
    this.lastRefreshFinished = this.now();
    this.refreshCount++;
    if (drawn.length && this.panel.flush) this.panel.flush(drawn);
  }
}
