// The interface every output/input backend implements (headless, terminal, SDL window): it sees
// only finished frames, LED colours and audio samples, and reports button input.

/** The console's buttons; on a joystick board the directions move the stick. */
export type Button = 'A' | 'B' | 'START' | 'SELECT' | 'UP' | 'DOWN' | 'LEFT' | 'RIGHT';
export const BUTTONS: readonly Button[] = ['A', 'B', 'START', 'SELECT', 'UP', 'DOWN', 'LEFT', 'RIGHT'];

/** What a host key can ask of cpygame itself rather than of the game ('interrupt': Ctrl-C, KeyboardInterrupt). */
export type HostAction = 'quit' | 'screenshot' | 'reload' | 'interrupt';

export type InputEvent =
  | { kind: 'button'; button: Button; pressed: boolean }
  | { kind: 'action'; action: HostAction };

export interface BackendOptions {
  /** Panel size in pixels. */
  width: number;
  height: number;
  /** Shown in the window title (the game's name). */
  title: string;
  /** NeoPixels drawn beside the panel (0 for none). */
  ledCount: number;
  /** Integer zoom for window backends. */
  scale?: number;
}

export interface Backend {
  readonly name: string;
  /** Shows one frame: RGB565 pixels (standard, not byte-swapped), row-major, width × height. */
  present(pixels: Uint16Array): void;
  /**
   * Input that arrived since the last call, oldest first. Never blocks, and works while the
   * interpreter keeps the event loop busy (backends read their input synchronously here).
   */
  pollInput(): InputEvent[];
  /** NeoPixel colours as 0xRRGGBB, already scaled by brightness; one per LED. */
  setLeds(colors: readonly number[]): void;
  /** Queues mono signed 16-bit samples to play after those already queued. */
  queueAudio(samples: Int16Array, sampleRate: number): void;
  /** Frames per second measured by the caller, for backends that show it. */
  setFps?(fps: number): void;
  /** Restores the host (terminal modes, windows); safe to call twice. */
  close(): void;
}

/** Thrown when a backend cannot start here (no SDL build, no terminal); the message says why. */
export class BackendUnavailable extends Error {}
