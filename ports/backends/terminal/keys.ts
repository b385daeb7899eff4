// Raw terminal input → key strokes named in input-map's vocabulary. Most terminals send presses
// only: a stroke without an event type is a "tap", and KeyHolds makes up its release. Terminals
// with the kitty keyboard protocol (kitty, foot, WezTerm, Ghostty…), which we ask for at start,
// report presses, repeats and releases, and even Shift on its own.

/** A tap is held longer than the usual 250–660 ms auto-repeat delay, so a held key does not
 *  flicker; once the key repeats, it is released REPEAT_HOLD_MS after the last repeat. */
export const FIRST_HOLD_MS = 550;
export const REPEAT_HOLD_MS = 120;

/** Ask for event types and all keys as escape codes (flags 2 | 8, plus 1 to disambiguate), then
 *  query the flags: a terminal that answers reports releases. Others ignore both. */
export const ENABLE_KEY_EVENTS = '\x1b[>11u\x1b[?u';
export const DISABLE_KEY_EVENTS = '\x1b[<u';

export type StrokeKind = 'tap' | 'press' | 'repeat' | 'release';

export interface Stroke {
  key: string;
  kind: StrokeKind;
}

export interface ParsedInput {
  strokes: Stroke[];
  /** The terminal answered the protocol query: its releases will come as strokes. */
  reportsReleases: boolean;
}

const LEGACY: ReadonlyArray<[string, string]> = [['\x1bOA', 'up'], ['\x1bOB', 'down'], ['\x1bOC', 'right'], ['\x1bOD', 'left']];
const ARROWS: Readonly<Record<string, string>> = { A: 'up', B: 'down', C: 'right', D: 'left' };
const TILDE_KEYS: Readonly<Record<string, string>> = { '15': 'f5', '24': 'f12' };
const KITTY_SHIFTS = new Set([57441, 57447]);
const EVENT_KINDS: Readonly<Record<string, StrokeKind>> = { '1': 'press', '2': 'repeat', '3': 'release' };

function codepointKey(code: number, modifiers: number): string | null {
  if (code === 13) return 'return';
  if (code === 27) return 'escape';
  if (code === 127 || code === 8) return 'backspace';
  if (KITTY_SHIFTS.has(code)) return 'shift';
  if (code === 99 && modifiers & 4) return 'ctrl-c';
  if (code >= 32 && code < 127) return String.fromCharCode(code).toLowerCase();
  return null;
}

/** One CSI sequence (`params` between "ESC [" and the final byte) as a stroke, or null to skip. */
function csiStroke(params: string, final: string, plainKind: StrokeKind): Stroke | null {
  const [first = '', second = ''] = params.split(';');
  const [modText = '1', eventText] = second.split(':');
  // Only a terminal speaking the protocol sends CSI … u, so its keys are presses at least.
  const kind = eventText ? EVENT_KINDS[eventText] ?? 'press' : final === 'u' ? 'press' : plainKind;
  const modifiers = Number(modText) - 1;
  let key: string | null = null;
  if (final === 'u') key = codepointKey(Number(first.split(':')[0]), modifiers);
  else if (ARROWS[final]) key = ARROWS[final];
  else if (final === '~') key = TILDE_KEYS[first] ?? null;
  return key ? { key, kind } : null;
}

/**
 * Splits one read of raw input into strokes. `enhanced` says the terminal reports releases, so
 * a sequence without an event type is a plain press rather than a tap.
 */
export function parseKeys(input: string, enhanced = false): ParsedInput {
  const strokes: Stroke[] = [];
  let reportsReleases = false;
  const plain: StrokeKind = enhanced ? 'press' : 'tap';
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (c !== '\x1b') {
      if (c === '\r' || c === '\n') strokes.push({ key: 'return', kind: plain });
      else if (c === '\x7f' || c === '\b') strokes.push({ key: 'backspace', kind: plain });
      else if (c === '\x03') strokes.push({ key: 'ctrl-c', kind: plain });
      else strokes.push({ key: c.toLowerCase(), kind: plain });
      i++;
      continue;
    }
    const legacy = LEGACY.find(([s]) => input.startsWith(s, i));
    if (legacy) {
      strokes.push({ key: legacy[1], kind: plain });
      i += legacy[0].length;
      continue;
    }
    const csi = /^\x1b\[([0-9;:?<>=]*)([~A-Za-z])/.exec(input.slice(i));
    if (csi) {
      i += csi[0].length;
      if (csi[1].startsWith('?') && csi[2] === 'u') reportsReleases = true;
      else {
        const stroke = csiStroke(csi[1], csi[2], plain);
        if (stroke) strokes.push(stroke);
      }
      continue;
    }
    // A lone Esc, or Esc before a key we do not know (skipped with it).
    if (/^\x1bO[A-Za-z]/.test(input.slice(i))) i += 3;
    else {
      strokes.push({ key: 'escape', kind: plain });
      i++;
    }
  }
  return { strokes, reportsReleases };
}

/** Turns taps into held/released states with synthesised releases. */
export class KeyHolds {
  private readonly held = new Map<string, { until: number }>();

  /** A tap arrived at `now`: returns true when it is a new press (not an auto-repeat). */
  press(key: string, now: number): boolean {
    const h = this.held.get(key);
    if (h) {
      h.until = now + REPEAT_HOLD_MS;
      return false;
    }
    this.held.set(key, { until: now + FIRST_HOLD_MS });
    return true;
  }

  /** Keys whose hold ran out by `now`, now released. */
  expire(now: number): string[] {
    const out: string[] = [];
    for (const [key, h] of this.held) {
      if (now >= h.until) {
        this.held.delete(key);
        out.push(key);
      }
    }
    return out;
  }
}
