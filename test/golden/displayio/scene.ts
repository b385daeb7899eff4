// Test helper: a 160×128 (or any size) headless display on a virtual clock, for unit and
// golden tests of displayio and its sibling modules.
import type { Test } from 'tap';
import { Display } from '../../../displayio/Display';
import { DisplayioError } from '../../../displayio/errors';
import { Group } from '../../../displayio/Group';
import { Palette } from '../../../displayio/Palette';
import { HeadlessPanel } from '../../../ports/backends/headless/panel';

export interface Scene {
  panel: HeadlessPanel;
  display: Display;
  root: Group;
  clock: { ms: number };
  /** Panel value at logical (x, y) when rotation is 0. */
  at(x: number, y: number): number;
}

export function makeScene(width = 160, height = 128): Scene {
  const clock = { ms: 0 };
  const panel = new HeadlessPanel(width, height);
  const display = new Display({ panel, now: () => clock.ms, wait: ms => { clock.ms += ms; } });
  const root = new Group();
  display.rootGroup = root;
  return { panel, display, root, clock, at: (x, y) => panel.pixels[y * width + x] };
}

export function palette(colors: number[], transparent: number[] = []): Palette {
  const p = new Palette(colors.length);
  colors.forEach((c, i) => p.set(i, c));
  transparent.forEach(i => p.makeTransparent(i));
  return p;
}

/** RGB565 of 0xRRGGBB, for readable expectations. */
export function c565(rgb: number): number {
  return (((rgb >> 19) & 0x1f) << 11) | (((rgb >> 10) & 0x3f) << 5) | ((rgb >> 3) & 0x1f);
}

/** Asserts that fn throws the DisplayioError a binding would turn into pyType(message). */
export function throwsPy(t: Test, fn: () => unknown, pyType: string, message: string): void {
  try {
    fn();
    t.fail(`expected ${pyType}`);
  } catch (e) {
    t.ok(e instanceof DisplayioError, 'a DisplayioError');
    t.same({ pyType: (e as DisplayioError).pyType, message: (e as DisplayioError).message }, { pyType, message });
  }
}
