// The host side of one run: feeds buttons (a person's or a script's) into the emulated board,
// shows each frame on the backend, takes screenshots, and stops the run at a frame limit or when
// the person quits. The Runtime calls in through onFrame and onBackground.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Backend, Button, InputEvent } from '../../ports/backends/backend';
import { screenshotPNG } from '../../ports/backends/headless/screenshot';
import { InputRecorder, ScriptedEvent } from '../../ports/backends/input-script';
import type { BoardDefinition } from '../../ports/board';
import { ProgramStop, type Runtime } from '../runtime/runtime';
import { ledColors } from '../modules/neopixel_write/module';

export interface SessionOptions {
  board: BoardDefinition;
  backend: Backend | null;
  /** Scripted button events, in frame order. */
  script: readonly ScriptedEvent[] | null;
  recorder: InputRecorder | null;
  frameLimit: number | undefined;
  screenshotEvery: { every: number; dir: string } | undefined;
  scale: number;
  /** Where F12 screenshots go. */
  screenshotDir: string;
  /** Called after each refresh whose number is in `captureFrames` (the game tests' screenshots). */
  captureFrames?: { has(frame: number): boolean };
  onCapture?: (frame: number, pixels: Uint16Array) => void;
}

/** How long live input may wait for a refresh before it is applied anyway. */
const LIVE_INPUT_WAIT_NS = 100e6;

const STICK: Partial<Record<Button, [number, number]>> = { LEFT: [-1, 0], RIGHT: [1, 0], UP: [0, -1], DOWN: [0, 1] };

export class Session {
  rt: Runtime | null = null;
  /** Set once the program has ended, so that the final console refresh stops nothing. */
  ended = false;
  stopReason: ProgramStop['reason'] | null = null;
  private held = new Set<Button>();
  private f12Count = 0;
  /** Refreshes so far: a script's "frame N" is the N-th picture the game shows. */
  private frame = 0;
  /** For the frame-rate readout: refreshes counted since `fpsSince` (host milliseconds). */
  private fpsFrames = 0;
  private fpsSince = Date.now();
  private nextScripted = 0;
  /** Virtual time of the last refresh. */
  private frameNs = 0;
  /** Buttons a person pressed since the last refresh. */
  private liveInput: InputEvent[] = [];

  constructor(private readonly opts: SessionOptions) {}

  /** Applies the script's events for frame 0, before the program starts. */
  start(): void {
    this.applyScript();
  }

  onFrame(frame: number): void {
    const rt = this.rt!;
    const { backend, screenshotEvery, frameLimit, captureFrames, onCapture } = this.opts;
    this.frame = frame;
    if (backend) {
      backend.setLeds(ledColors(rt).map(([r, g, b]) => (r << 16) | (g << 8) | b));
      backend.present(rt.display.panel.pixels);
      this.countFps(backend);
    }
    if (captureFrames?.has(frame)) onCapture?.(frame, rt.display.panel.pixels);
    if (screenshotEvery && frame % screenshotEvery.every === 0) {
      this.savePanel(path.join(screenshotEvery.dir, `frame-${String(frame).padStart(5, '0')}.png`));
    }
    if (!this.ended && frameLimit !== undefined && frame >= frameLimit) this.stop('frames');
    this.frameNs = rt.clock.nowNs();
    this.applyScript();
    this.applyLive();
  }

  /**
   * A person's input: host actions act at once; buttons wait for the next refresh, so that they
   * reach the board at a frame boundary, exactly where a replay of the recording puts them.
   */
  onBackground(): void {
    const backend = this.opts.backend;
    if (!backend) return;
    for (const e of backend.pollInput()) {
      if (e.kind === 'action') this.apply(e);
      else this.liveInput.push(e);
    }
    // A program that shows no frames (auto_refresh off, waiting for a key) still gets its keys.
    const nowNs = this.rt!.clock.nowNs();
    if (this.liveInput.length && nowNs - this.frameNs > LIVE_INPUT_WAIT_NS) this.applyLive();
  }

  /** The refresh count now: the frame a recording names. */
  get currentFrame(): number {
    return this.frame;
  }

  private applyLive(): void {
    for (const e of this.liveInput) {
      this.opts.recorder?.recordAtFrame(this.frame, e);
      this.apply(e);
    }
    this.liveInput = [];
  }

  private countFps(backend: Backend): void {
    this.fpsFrames++;
    const now = Date.now();
    if (now - this.fpsSince >= 1000) {
      backend.setFps?.(Math.round((this.fpsFrames * 1000) / (now - this.fpsSince)));
      this.fpsFrames = 0;
      this.fpsSince = now;
    }
  }

  private applyScript(): void {
    const script = this.opts.script;
    if (!script) return;
    while (this.nextScripted < script.length && script[this.nextScripted].frame <= this.frame) {
      const e = script[this.nextScripted++];
      this.apply({ kind: 'button', button: e.button, pressed: e.pressed });
    }
  }

  savePanel(file: string): void {
    const panel = this.rt!.display.panel;
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, screenshotPNG(panel.pixels, panel.width, panel.height, this.opts.scale));
  }

  private stop(reason: ProgramStop['reason']): never {
    this.stopReason = reason;
    throw new ProgramStop(reason);
  }

  private apply(e: InputEvent): void {
    if (e.kind === 'action') {
      if (e.action === 'quit') this.stop('quit');
      if (e.action === 'reload') this.stop('reload');
      if (e.action === 'interrupt') {
        this.rt!.interrupt();
        return;
      }
      this.savePanel(path.join(this.opts.screenshotDir, `cpygame-screenshot-${++this.f12Count}.png`));
      return;
    }
    if (e.pressed) this.held.add(e.button);
    else this.held.delete(e.button);
    this.updateBoard();
  }

  private updateBoard(): void {
    const hw = this.rt!.hardware;
    const keys = this.opts.board.buttons.keys;
    let bits = 0;
    keys.forEach((k, i) => {
      if (this.held.has(k)) bits |= 1 << i;
    });
    hw.buttons = bits >>> 0;
    if (this.opts.board.joystick) {
      let x = 0, y = 0;
      for (const b of this.held) {
        const d = STICK[b];
        if (d) {
          x += d[0];
          y += d[1];
        }
      }
      hw.stickX = Math.max(-1, Math.min(1, x));
      hw.stickY = Math.max(-1, Math.min(1, y));
    }
  }
}
