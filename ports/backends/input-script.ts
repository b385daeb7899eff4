// Scripted input (`--input FILE`, game tests) and its recorder (`--record FILE`): one event per
// line, "<frame> press|release <BUTTON>", where frame N starts at virtual time N/60 s.
// The format is described in ports/backends/README.md.
import { Button, BUTTONS, InputEvent } from './backend';

export const FRAMES_PER_SECOND = 60;

export interface ScriptedEvent {
  frame: number;
  button: Button;
  pressed: boolean;
}

export class InputScriptError extends Error {}

/** Parses a script; throws InputScriptError naming the file, the line and what was expected. */
export function parseInputScript(text: string, fileName = '<input>'): ScriptedEvent[] {
  const events: ScriptedEvent[] = [];
  const held = new Set<Button>();
  let lastFrame = 0;
  text.split(/\r?\n/).forEach((raw, index) => {
    const fail = (why: string): never => {
      throw new InputScriptError(`${fileName}:${index + 1}: ${why}: ${JSON.stringify(raw.trim())}`);
    };
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    const parts = line.split(/\s+/);
    if (parts.length !== 3) fail('expected "<frame> press|release <BUTTON>"');
    const [frameText, verb, name] = parts;
    if (!/^\d+$/.test(frameText)) fail('the frame must be a whole number >= 0');
    const frame = Number(frameText);
    if (frame < lastFrame) fail(`frames must not go backwards (previous event at frame ${lastFrame})`);
    const action = verb.toLowerCase();
    if (action !== 'press' && action !== 'release') fail(`expected press or release, not "${verb}"`);
    const button = name.toUpperCase() as Button;
    if (!BUTTONS.includes(button)) fail(`unknown button "${name}" (buttons: ${BUTTONS.join(' ')})`);
    const pressed = action === 'press';
    if (pressed === held.has(button)) fail(`${button} is already ${pressed ? 'pressed' : 'released'}`);
    if (pressed) held.add(button);
    else held.delete(button);
    lastFrame = frame;
    events.push({ frame, button, pressed });
  });
  return events;
}

/** Writes events in the script format (what `--record` saves); parseInputScript reads it back. */
export function formatInputScript(events: readonly ScriptedEvent[], comment?: string): string {
  const lines = comment ? comment.split('\n').map((c) => `# ${c}`) : [];
  for (const e of events) lines.push(`${e.frame} ${e.pressed ? 'press' : 'release'} ${e.button}`);
  return lines.join('\n') + '\n';
}

/** The virtual time, in ms, at which frame `frame` starts. */
export function frameStartMs(frame: number): number {
  return (frame * 1000) / FRAMES_PER_SECOND;
}

/** The frame running at virtual time `ms`. */
export function frameAt(ms: number): number {
  return Math.floor((ms * FRAMES_PER_SECOND) / 1000);
}

/** Replays a script: hands out each event once virtual time reaches its frame. */
export class InputScriptPlayer {
  private next = 0;

  constructor(private readonly events: readonly ScriptedEvent[]) {}

  /** Events whose frame has started by virtual time `ms`, oldest first. */
  due(ms: number): InputEvent[] {
    const out: InputEvent[] = [];
    const frame = frameAt(ms);
    while (this.next < this.events.length && this.events[this.next].frame <= frame) {
      const e = this.events[this.next++];
      out.push({ kind: 'button', button: e.button, pressed: e.pressed });
    }
    return out;
  }

  get finished(): boolean {
    return this.next >= this.events.length;
  }

  /** The frame of the last event (0 for an empty script): a test runs at least this long. */
  get lastFrame(): number {
    return this.events.length ? this.events[this.events.length - 1].frame : 0;
  }
}

/** Collects button events as they happen, stamped with the frame running at the time. */
export class InputRecorder {
  private readonly events: ScriptedEvent[] = [];
  private readonly held = new Set<Button>();

  record(ms: number, event: InputEvent): void {
    this.recordAtFrame(frameAt(ms), event);
  }

  /** Records an event that reached the board right after refresh `frame`. */
  recordAtFrame(frame: number, event: InputEvent): void {
    if (event.kind !== 'button' || event.pressed === this.held.has(event.button)) return;
    if (event.pressed) this.held.add(event.button);
    else this.held.delete(event.button);
    this.events.push({ frame, button: event.button, pressed: event.pressed });
  }

  /** The recording so far; buttons still held are released at `endMs` so it replays cleanly. */
  finish(endMs: number, comment?: string): string {
    return this.finishAtFrame(frameAt(endMs), comment);
  }

  /** As finish, with the last frame given as a refresh count. */
  finishAtFrame(end: number, comment?: string): string {
    const tail = [...this.held].map((button): ScriptedEvent => ({ frame: end, button, pressed: false }));
    return formatInputScript([...this.events, ...tail], comment);
  }
}
