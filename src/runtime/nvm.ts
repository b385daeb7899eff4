// microcontroller.nvm's bytes: erased flash reads 0xFF; every change reaches its file atomically
// (temporary file, then rename), so a crash mid-save leaves the old bytes or the new, never a mix.
import * as fs from 'node:fs';
import * as path from 'node:path';

export class Nvm {
  readonly bytes: Uint8Array;

  constructor(size: number, private readonly file: string | null) {
    this.bytes = new Uint8Array(size).fill(0xff);
    if (file && fs.existsSync(file)) {
      const saved = fs.readFileSync(file);
      this.bytes.set(saved.subarray(0, size));
    }
  }

  /** Persists after a write (the board writes flash on each assignment). */
  commit(): void {
    if (!this.file) return;
    const temp = path.join(path.dirname(this.file), `.${path.basename(this.file)}.tmp-${process.pid}`);
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, this.bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, this.file);
  }
}
