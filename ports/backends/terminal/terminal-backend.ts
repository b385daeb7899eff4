// The terminal backend: the panel drawn with half blocks on the alternate screen, keys read raw
// from stdin. Everything is synchronous (the interpreter holds the event loop while a game runs):
// input is read with non-blocking reads in pollInput(), the size is asked for on every frame.
import { readSync } from 'node:fs';
import { Backend, BackendOptions, BackendUnavailable, InputEvent } from '../backend';
import { KEY_HELP, KEY_TO_ACTION, KEY_TO_BUTTON } from '../input-map';
import { DISABLE_KEY_EVENTS, ENABLE_KEY_EVENTS, KeyHolds, parseKeys, Stroke } from './keys';
import { HalfBlockRenderer } from './render';

const ENTER = '\x1b[?1049h\x1b[?25l\x1b[2J' + ENABLE_KEY_EVENTS;
const LEAVE = DISABLE_KEY_EVENTS + '\x1b[0m\x1b[?25h\x1b[?1049l';

/** Where the backend reads and writes; the real process streams unless a test passes others. */
export interface TerminalIO {
  stdin: NodeJS.ReadStream;
  /** stdin's descriptor, read directly. */
  stdinFd: number;
  stdout: NodeJS.WriteStream;
  now(): number;
}

export class TerminalBackend implements Backend {
  readonly name = 'terminal';
  private readonly renderer: HalfBlockRenderer;
  private readonly holds = new KeyHolds();
  /** The terminal reports key releases (kitty protocol): no made-up releases needed. */
  private enhanced = false;
  /** Keys down, as reported by an enhanced terminal. */
  private readonly down = new Set<string>();
  private readonly buffer = Buffer.alloc(256);
  /** A lone Esc that ended the last read: an arrow key's sequence may still be on its way. */
  private pendingEscape = false;
  private leds: number[];
  private fps = 0;
  private closed = false;
  private readonly restoreOnExit = () => this.close();

  constructor(private readonly opts: BackendOptions, private readonly io: TerminalIO) {
    if (!io.stdin.isTTY || !io.stdout.isTTY) {
      throw new BackendUnavailable('the terminal backend needs an interactive terminal (stdin and stdout a TTY)');
    }
    this.renderer = new HalfBlockRenderer(opts.width, opts.height);
    this.leds = new Array(opts.ledCount).fill(0);
    // Raw mode: bytes arrive as typed, Ctrl-C included. Opening stdin as a TTY stream also makes
    // the descriptor non-blocking, which pollInput's reads rely on; the stream itself stays paused.
    io.stdin.setRawMode(true);
    io.stdout.write(ENTER);
    // Restore the terminal however the process exits. No SIGTERM handler: Node runs handlers
    // from its event loop, which a running game holds, so one would make `kill` ineffective.
    process.once('exit', this.restoreOnExit);
  }

  present(pixels: Uint16Array): void {
    if (this.closed) return;
    const [columns, rows] = this.io.stdout.getWindowSize();
    let out = this.renderer.render(pixels, columns, rows);
    const fps = this.fps ? `${this.fps.toFixed(0)} fps  ` : '';
    out += this.renderer.status(this.leds, `${this.opts.title}  ${fps}${KEY_HELP}`, columns);
    this.io.stdout.write(out);
  }

  pollInput(): InputEvent[] {
    if (this.closed) return [];
    const now = this.io.now();
    const events: InputEvent[] = [];
    for (const stroke of this.readStrokes()) this.handle(stroke, now, events);
    for (const key of this.holds.expire(now)) {
      events.push({ kind: 'button', button: KEY_TO_BUTTON[key], pressed: false });
    }
    return events;
  }

  private handle({ key, kind }: Stroke, now: number, events: InputEvent[]): void {
    if (kind === 'repeat' || kind === 'release') this.enhanced = true;
    const action = key === 'ctrl-c' ? 'interrupt' : KEY_TO_ACTION[key];
    if (action) {
      if (kind === 'tap' || kind === 'press') events.push({ kind: 'action', action });
      return;
    }
    const button = KEY_TO_BUTTON[key];
    if (!button) return;
    if (kind === 'tap') {
      if (this.holds.press(key, now)) events.push({ kind: 'button', button, pressed: true });
    } else if (kind === 'press' && !this.down.has(key)) {
      this.down.add(key);
      events.push({ kind: 'button', button, pressed: true });
    } else if (kind === 'release' && this.down.delete(key)) {
      events.push({ kind: 'button', button, pressed: false });
    }
  }

  private readStrokes(): Stroke[] {
    let text = this.pendingEscape ? '\x1b' : '';
    const hadPending = this.pendingEscape;
    this.pendingEscape = false;
    for (;;) {
      let n = 0;
      try {
        n = readSync(this.io.stdinFd, this.buffer, 0, this.buffer.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') break;
        throw e;
      }
      if (n <= 0) break;
      text += this.buffer.toString('latin1', 0, n);
    }
    if (text.endsWith('\x1b') && !(hadPending && text === '\x1b')) {
      this.pendingEscape = true;
      text = text.slice(0, -1);
    }
    const parsed = parseKeys(text, this.enhanced);
    if (parsed.reportsReleases) this.enhanced = true;
    return parsed.strokes;
  }

  setLeds(colors: readonly number[]): void {
    this.leds = [...colors];
  }

  /** Terminals have no sound; samples are dropped. */
  queueAudio(): void {}

  setFps(fps: number): void {
    this.fps = fps;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    process.removeListener('exit', this.restoreOnExit);
    this.io.stdout.write(LEAVE);
    this.io.stdin.setRawMode(false);
    this.io.stdin.pause();
  }
}

export function openTerminalBackend(opts: BackendOptions): TerminalBackend {
  return new TerminalBackend(opts, { stdin: process.stdin, stdinFd: 0, stdout: process.stdout, now: () => Date.now() });
}
