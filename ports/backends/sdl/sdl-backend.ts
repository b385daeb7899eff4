// The SDL window backend (@kmamal/sdl): the panel scaled by a whole factor with crisp pixels, the
// NeoPixels as lights under it, keyboard and game controllers through input-map, and an audio
// queue. The native package is loaded only when a window is asked for, so cpygame starts and
// runs (headless, terminal) on machines without it.
import { Backend, BackendOptions, BackendUnavailable, Button, InputEvent } from '../backend';
import { KEY_TO_ACTION, KEY_TO_BUTTON, normaliseKeyName, PAD_TO_BUTTON, STICK_THRESHOLD } from '../input-map';
import { composeWindowFrame, expandToRgb24, fitInteger, STRIP_HEIGHT } from './compose';
import { SdlAudio, SdlController, SdlModule, SdlWindow } from './sdl-api';

export const DEFAULT_SCALE = 4;

/** Loads the native module; the error says how to get it when it is missing. */
export function loadSdl(): SdlModule {
  // SDL would otherwise turn SIGINT/SIGTERM into a quit event that nobody reads while a game runs
  // (the program holds the event loop), so `kill` and Ctrl-C would stop working.
  process.env.SDL_NO_SIGNAL_HANDLERS ??= '1';
  try {
    // Resolved at run time only: esbuild keeps it external and tsc never sees its types.
    return require('@kmamal/sdl') as SdlModule;
  } catch (e) {
    const why = (e as Error).message.split('\n')[0];
    throw new BackendUnavailable(
      `the SDL window backend is not available (${why}); install libsdl2-dev and run \`npm run build:sdl\`, or use --backend terminal`);
  }
}

export class SdlBackend implements Backend {
  readonly name = 'sdl';
  private readonly window: SdlWindow;
  private readonly frame: Uint16Array;
  private readonly rgb: Buffer;
  private readonly pending: InputEvent[] = [];
  private readonly controllers: SdlController[] = [];
  /** Directions currently held by controller sticks, so that each lean gives one press. */
  private readonly stickHeld = new Set<Button>();
  private audio: SdlAudio | null = null;
  private audioFailed = false;
  private leds: number[];
  private shownFps = -1;
  private closed = false;

  constructor(private readonly sdl: SdlModule, private readonly opts: BackendOptions) {
    const scale = opts.scale ?? DEFAULT_SCALE;
    const stripHeight = opts.ledCount > 0 ? STRIP_HEIGHT : 0;
    this.frame = new Uint16Array(opts.width * (opts.height + stripHeight));
    this.rgb = Buffer.alloc(this.frame.length * 3);
    this.leds = new Array(opts.ledCount).fill(0);
    try {
      this.window = sdl.video.createWindow({
        title: this.title(),
        width: opts.width * scale,
        height: (opts.height + stripHeight) * scale,
        resizable: true,
      });
    } catch (e) {
      throw new BackendUnavailable(`cannot open an SDL window: ${(e as Error).message}`);
    }
    this.window.on('keyDown', (e) => this.onKey(e.key, true, e.repeat));
    this.window.on('keyUp', (e) => this.onKey(e.key, false));
    this.window.on('close', () => this.pending.push({ kind: 'action', action: 'quit' }));
    for (const device of sdl.controller.devices) this.openController(device);
    sdl.controller.on('deviceAdd', this.onDeviceAdd);
  }

  private readonly onDeviceAdd = (e: { device: object }) => this.openController(e.device);

  private title(fps?: number): string {
    return `${this.opts.title} — cpygame${fps === undefined ? '' : `  ${fps} fps`}`;
  }

  private onKey(name: string | null, down: boolean, repeat?: number): void {
    if (!name || repeat) return;
    const key = normaliseKeyName(name);
    const action = KEY_TO_ACTION[key];
    if (action) {
      if (down) this.pending.push({ kind: 'action', action });
      return;
    }
    const button = KEY_TO_BUTTON[key];
    if (button) this.pending.push({ kind: 'button', button, pressed: down });
  }

  private openController(device: object): void {
    let pad: SdlController;
    try {
      pad = this.sdl.controller.openDevice(device);
    } catch {
      return; // a device that vanished or is not a game controller
    }
    pad.on('buttonDown', (e) => this.onPadButton(e.button, true));
    pad.on('buttonUp', (e) => this.onPadButton(e.button, false));
    pad.on('axisMotion', (e) => this.onStick(e.axis, e.value));
    this.controllers.push(pad);
  }

  private onPadButton(name: string, down: boolean): void {
    const button = PAD_TO_BUTTON[name];
    if (button) this.pending.push({ kind: 'button', button, pressed: down });
  }

  private onStick(axis: string, value: number): void {
    const pairs: Record<string, [Button, Button]> = { leftStickX: ['LEFT', 'RIGHT'], leftStickY: ['UP', 'DOWN'] };
    const pair = pairs[axis];
    if (!pair) return;
    const [low, high] = pair;
    for (const [button, on] of [[low, value <= -STICK_THRESHOLD], [high, value >= STICK_THRESHOLD]] as const) {
      if (on === this.stickHeld.has(button)) continue;
      if (on) this.stickHeld.add(button);
      else this.stickHeld.delete(button);
      this.pending.push({ kind: 'button', button, pressed: on });
    }
  }

  present(pixels: Uint16Array): void {
    if (this.closed || this.window.destroyed) return;
    const { width, height } = this.opts;
    composeWindowFrame(pixels, width, height, this.leds, this.frame);
    expandToRgb24(this.frame, this.rgb);
    const h = this.frame.length / width;
    this.window.render(width, h, width * 3, 'rgb24', this.rgb, {
      scaling: 'nearest',
      dstRect: fitInteger(width, h, this.window.pixelWidth, this.window.pixelHeight),
    });
  }

  pollInput(): InputEvent[] {
    if (this.closed) return [];
    // Reading the keyboard state makes @kmamal/sdl pump SDL's event queue now, running the
    // listeners above, even while the interpreter keeps Node's event loop from turning.
    this.sdl.keyboard.getState();
    return this.pending.splice(0);
  }

  setLeds(colors: readonly number[]): void {
    this.leds = [...colors];
  }

  queueAudio(samples: Int16Array, sampleRate: number): void {
    if (this.closed || this.audioFailed) return;
    if (this.audio && this.audio.frequency !== sampleRate) {
      this.audio.close();
      this.audio = null;
    }
    if (!this.audio) {
      try {
        this.audio = this.sdl.audio.openDevice({ type: 'playback' }, { channels: 1, frequency: sampleRate, format: 's16' });
        this.audio.play();
      } catch {
        // No sound device (a server, a container): the game runs silent.
        this.audioFailed = true;
        return;
      }
    }
    this.audio.enqueue(Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength));
  }

  setFps(fps: number): void {
    const rounded = Math.round(fps);
    if (rounded === this.shownFps || this.closed) return;
    this.shownFps = rounded;
    this.window.setTitle(this.title(rounded));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    // A listener left behind would keep @kmamal/sdl polling and the process alive.
    this.sdl.controller.off('deviceAdd', this.onDeviceAdd);
    for (const pad of this.controllers) if (!pad.closed) pad.close();
    this.audio?.close();
    if (!this.window.destroyed) this.window.destroy();
  }
}

/** Opens the window; throws BackendUnavailable with the reason when SDL cannot be used here. */
export function openSdlBackend(opts: BackendOptions): SdlBackend {
  const sdl = loadSdl();
  // Without a reachable display SDL quietly falls back to a driver that shows nothing; a window
  // nobody can see is worse than the terminal, unless the driver was chosen on purpose (tests).
  const driver = sdl.info.drivers.video.current;
  if ((driver === 'offscreen' || driver === 'dummy') && !process.env.SDL_VIDEODRIVER) {
    throw new BackendUnavailable(`no display reachable (SDL fell back to its ${driver} video driver)`);
  }
  return new SdlBackend(sdl, opts);
}
