// What a Group holds: TileGrids, Groups and vectorio shapes all implement Layer, so the
// compositor never asks which kind it has. Bindings may wrap a native layer in a Python
// subclass; `owner` points back at that Python object.
import { Area } from './area';
import { PanelFormat } from './rgb565';

/** Absolute placement of a group's children: origin, per-unit step and total scale. */
export interface Transform {
  readonly x: number;
  readonly y: number;
  readonly dx: number;
  readonly dy: number;
  readonly scale: number;
}

export const IDENTITY: Transform = Object.freeze({ x: 0, y: 0, dx: 1, dy: 1, scale: 1 });

/** The logical frame that layers paint into (row-major, one panel value per pixel). */
export interface Frame {
  readonly pixels: Uint16Array;
  /** The same pixels two at a time (little-endian: the left pixel in the low half), or null. */
  readonly pairs: Uint32Array | null;
  readonly width: number;
  readonly format: PanelFormat;
}

export interface Layer {
  /** TileGrids and Groups may have one parent; 9.x vectorio shapes are not checked. */
  readonly singleParent: boolean;
  inGroup: boolean;
  /** The Python object wrapping this native layer, set by the bindings. */
  owner: unknown;
  /** Parent transform, or null when removed from its group. */
  updateTransform(t: Transform | null): void;
  setHiddenByParent(hidden: boolean): void;
  /** Paints this layer's opaque pixels inside `clip` over what the frame holds (painter's order). */
  draw(frame: Frame, clip: Area): void;
  /** Appends the screen areas that changed since the last refresh. */
  getRefreshAreas(out: Area[]): void;
  /** The area drawn at the last refresh, for a removed layer's redraw. */
  getPreviousArea(out: Area): boolean;
  finishRefresh(): void;
}

/** A frame over `pixels`; the paired view exists when the buffer is 4-byte aligned. */
export function makeFrame(pixels: Uint16Array, width: number, format: PanelFormat): Frame {
  const pairs = pixels.byteOffset % 4 === 0 ? new Uint32Array(pixels.buffer, pixels.byteOffset, pixels.length >> 1) : null;
  return { pixels, pairs, width, format };
}
