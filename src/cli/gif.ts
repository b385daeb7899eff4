// --gif: an animation of a headless run, encoded with gifenc. Frames with at most 256 colours (the
// usual case on a 16-bit panel showing a game) get an exact palette; busier ones are quantized.
import { rgb565ToRGBA } from '../../ports/backends/headless/panel';

// Loaded when a --gif run starts, not at every start-up.
const gifenc = (): typeof import('gifenc') => require('gifenc');

type Palette = number[][];

/** The frame's own colours when there are few enough, else a quantized palette. */
function paletteOf(rgba: Uint8Array): Palette {
  const seen = new Map<number, number>();
  for (let i = 0; i < rgba.length && seen.size <= 256; i += 4) {
    seen.set((rgba[i] << 16) | (rgba[i + 1] << 8) | rgba[i + 2], 0);
  }
  if (seen.size <= 256) return [...seen.keys()].map((c) => [(c >> 16) & 255, (c >> 8) & 255, c & 255]);
  return gifenc().quantize(rgba, 256);
}

function scaled(rgba: Uint8Array, width: number, height: number, scale: number): Uint8Array {
  if (scale === 1) return rgba;
  const out = new Uint8Array(rgba.length * scale * scale);
  const ow = width * scale;
  for (let y = 0; y < height * scale; y++) {
    for (let x = 0; x < ow; x++) {
      const s = ((Math.floor(y / scale) * width) + Math.floor(x / scale)) * 4;
      out.set(rgba.subarray(s, s + 4), (y * ow + x) * 4);
    }
  }
  return out;
}

export class GifRecorder {
  private readonly gif = gifenc().GIFEncoder();
  private frames = 0;

  /** `every`: keep one display refresh in `every` (60 refreshes a second of game time). */
  constructor(readonly width: number, readonly height: number, readonly every: number, private readonly scale: number) {}

  add(pixels: Uint16Array): void {
    const rgba = scaled(rgb565ToRGBA(pixels), this.width, this.height, this.scale);
    const palette = paletteOf(rgba);
    const index = gifenc().applyPalette(rgba, palette);
    this.gif.writeFrame(index, this.width * this.scale, this.height * this.scale, {
      palette, delay: Math.round((1000 * this.every) / 60), repeat: 0,
    });
    this.frames++;
  }

  get frameCount(): number {
    return this.frames;
  }

  finish(): Uint8Array {
    this.gif.finish();
    return this.gif.bytes();
  }
}
