// microcontroller.nvm's bytes: erased flash reads 0xFF; every change reaches its file atomically
// (temporary file, then rename), so a crash mid-save leaves the old bytes or the new, never a mix.
import * as fs from 'node:fs';
import * as path from 'node:path';

export class Nvm {
  readonly bytes: Uint8Array;

  /** `initial` (a replay's saved data) is used when there is no file to read. */
  constructor(size: number, private readonly file: string | null, initial?: Uint8Array) {
    this.bytes = new Uint8Array(size).fill(0xff);
    if (file && fs.existsSync(file)) this.bytes.set(fs.readFileSync(file).subarray(0, size));
    else if (initial) this.bytes.set(initial.subarray(0, size));
  }

  /** The bytes up to the last one that is not erased: what a recording stores of the saves. */
  written(): Uint8Array {
    let end = this.bytes.length;
    while (end > 0 && this.bytes[end - 1] === 0xff) end--;
    return this.bytes.slice(0, end);
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
