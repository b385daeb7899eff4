// Auto-reload's eye on the game folder. fs.watch needs the event loop, which the running program
// holds, so the folder is compared with a snapshot (names, sizes, times) a few times a second.
// Files the program writes itself are left out: a board reloads only for writes over USB.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Every file below dir with its size and modification time. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string): void => {
    let names: string[];
    try {
      names = fs.readdirSync(d);
    } catch {
      return;
    }
    for (const name of names) {
      if (name.includes('.cpygame-tmp-')) continue;
      const p = path.join(d, name);
      let st: fs.Stats;
      try {
        st = fs.statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p);
      else files.set(p, `${st.size}:${st.mtimeMs}`);
    }
  };
  walk(dir);
  return files;
}

export class FolderWatcher {
  private last: Map<string, string>;
  private nextCheck = 0;
  /** Files the running program wrote itself: their changes are not edits. */
  private readonly programFiles = new Set<string>();

  constructor(private readonly dir: string) {
    this.last = snapshot(dir);
  }

  /** From now on, changes to this file (which the program writes) do not count. */
  ignore(file: string): void {
    this.programFiles.add(file);
  }

  /** True once when a file other than the program's own changed since the last call that returned true. */
  changed(nowMs: number): boolean {
    if (nowMs < this.nextCheck) return false;
    this.nextCheck = nowMs + 300;
    const now = snapshot(this.dir);
    let differs = false;
    for (const file of new Set([...now.keys(), ...this.last.keys()])) {
      if (!this.programFiles.has(file) && now.get(file) !== this.last.get(file)) differs = true;
    }
    this.last = now;
    return differs;
  }
}
