// Auto-reload's eye on the game folder. fs.watch needs the event loop, which the running program
// holds, so the folder is compared with a snapshot (names, sizes, times) a few times a second.
import * as fs from 'node:fs';
import * as path from 'node:path';

function snapshot(dir: string, skip: (name: string) => boolean): string {
  const parts: string[] = [];
  const walk = (d: string): void => {
    let names: string[];
    try {
      names = fs.readdirSync(d).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (skip(name)) continue;
      const p = path.join(d, name);
      let st: fs.Stats;
      try {
        st = fs.statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p);
      else parts.push(`${p}:${st.size}:${st.mtimeMs}`);
    }
  };
  walk(dir);
  return parts.join('\n');
}

export class FolderWatcher {
  private last: string;
  private nextCheck = 0;

  /** `skip` leaves out files the run itself writes (the program's saves, temporary files). */
  constructor(private readonly dir: string, private readonly skip: (name: string) => boolean = (n) => n.includes('.cpygame-tmp-')) {
    this.last = snapshot(dir, skip);
  }

  /** True once when the folder changed since the last call that returned true. */
  changed(nowMs: number): boolean {
    if (nowMs < this.nextCheck) return false;
    this.nextCheck = nowMs + 300;
    const now = snapshot(this.dir, this.skip);
    if (now === this.last) return false;
    this.last = now;
    return true;
  }

  /** Forgets changes made so far (after a run that wrote its own files). */
  reset(): void {
    this.last = snapshot(this.dir, this.skip);
  }
}
