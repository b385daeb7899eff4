// The headless backend: keeps the last presented frame in memory (for screenshots and tests),
// takes input from a queue the caller fills, and records LEDs and audio instead of playing them.
import type { Backend, BackendOptions, InputEvent } from '../backend';
import { HeadlessPanel } from './panel';
import { screenshotPNG } from './screenshot';

export class HeadlessBackend implements Backend {
  readonly name = 'headless';
  /** The last frame presented, exactly as the display wrote it. */
  readonly frame: HeadlessPanel;
  framesPresented = 0;
  leds: readonly number[] = [];
  audioSamples = 0;
  private readonly input: InputEvent[] = [];

  constructor(opts: BackendOptions) {
    this.frame = new HeadlessPanel(opts.width, opts.height);
  }

  present(pixels: Uint16Array): void {
    this.frame.pixels.set(pixels);
    this.framesPresented++;
  }

  /** Queues input for the next pollInput(). */
  push(...events: InputEvent[]): void {
    this.input.push(...events);
  }

  pollInput(): InputEvent[] {
    return this.input.splice(0, this.input.length);
  }

  setLeds(colors: readonly number[]): void {
    this.leds = colors.slice();
  }

  queueAudio(samples: Int16Array): void {
    this.audioSamples += samples.length;
  }

  screenshot(scale = 1): Buffer {
    return screenshotPNG(this.frame.pixels, this.frame.width, this.frame.height, scale);
  }

  close(): void {}
}
