// Golden scenes: each builds a display, refreshes, and may check pixels it can reason about.
// test/golden.test.ts compares every scene's panel with <folder>/<name>.png pixel for pixel.
import type { Test } from 'tap';
import type { Scene } from './scene';

export interface GoldenScene {
  build(): Scene;
  /** Explicit pixel checks, so a golden is never trusted blindly. */
  check?(s: Scene, t: Test): void;
}

export type GoldenSet = Record<string, GoldenScene>;
