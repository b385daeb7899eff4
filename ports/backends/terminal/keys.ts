// Raw terminal input → key names (input-map's vocabulary), and the releases terminals never
// send: a key counts as held until it stops repeating. A tap is held FIRST_HOLD_MS (longer than
// the usual 250–660 ms auto-repeat delay, so a held key does not flicker), and once the key
// repeats, it is released REPEAT_HOLD_MS after the last repeat.

export const FIRST_HOLD_MS = 550;
export const REPEAT_HOLD_MS = 120;

const SEQUENCES: ReadonlyArray<[string, string]> = [
  ['\x1b[A', 'up'], ['\x1b[B', 'down'], ['\x1b[C', 'right'], ['\x1b[D', 'left'],
  ['\x1bOA', 'up'], ['\x1bOB', 'down'], ['\x1bOC', 'right'], ['\x1bOD', 'left'],
  ['\x1b[15~', 'f5'], ['\x1b[24~', 'f12'],
];

/** Splits one read of raw input into key names; unknown sequences are skipped. */
export function parseKeys(input: string): string[] {
  const keys: string[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (c === '\x1b') {
      const seq = SEQUENCES.find(([s]) => input.startsWith(s, i));
      if (seq) {
        keys.push(seq[1]);
        i += seq[0].length;
        continue;
      }
      const rest = input.slice(i + 1);
      // A lone Esc; an unknown CSI/SS3 sequence (other function keys) is consumed silently.
      const unknown = /^(\[[0-9;]*[~A-Za-z]|O[A-Za-z])/.exec(rest);
      if (unknown) i += 1 + unknown[0].length;
      else {
        keys.push('escape');
        i++;
      }
      continue;
    }
    if (c === '\r' || c === '\n') keys.push('return');
    else if (c === '\x7f' || c === '\b') keys.push('backspace');
    else if (c === '\x03') keys.push('ctrl-c');
    else keys.push(c.toLowerCase());
    i++;
  }
  return keys;
}

/** Turns key-press-only input into held/released states with synthesised releases. */
export class KeyHolds {
  private readonly held = new Map<string, { until: number }>();

  /** A key arrived at `now`: returns true when it is a new press (not a repeat). */
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
