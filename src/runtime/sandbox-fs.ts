// The game folder as the program's whole file system: every path resolves inside it, and every
// write reaches the disk atomically (temporary file, then rename), so a crash never tears a save.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** An error the Python side turns into OSError(errno, strerror). */
export class FsError {
  constructor(public errno: number, public strerror: string, public filename?: string) {}
}

export const ERRNO = { EPERM: 1, ENOENT: 2, EIO: 5, EBADF: 9, EACCES: 13, EEXIST: 17, ENOTDIR: 20, EISDIR: 21, EINVAL: 22, ENOSPC: 28, EROFS: 30, ENOTEMPTY: 39 } as const;

const STRERROR: Record<number, string> = {
  1: 'Operation not permitted', 2: 'No such file or directory', 5: 'Input/output error',
  9: 'Bad file descriptor', 13: 'Permission denied', 17: 'File exists', 20: 'Not a directory',
  21: 'Is a directory', 22: 'Invalid argument', 28: 'No space left on device', 30: 'Read-only file system',
  39: 'Directory not empty',
};

function fsError(errno: number, filename?: string): FsError {
  return new FsError(errno, STRERROR[errno] ?? 'Unknown error', filename);
}

function fromNodeError(err: unknown, filename: string): FsError {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return fsError(ERRNO.ENOENT, filename);
    case 'EEXIST': return fsError(ERRNO.EEXIST, filename);
    case 'ENOTDIR': return fsError(ERRNO.ENOTDIR, filename);
    case 'EISDIR': return fsError(ERRNO.EISDIR, filename);
    case 'ENOTEMPTY': return fsError(ERRNO.ENOTEMPTY, filename);
    case 'EACCES': case 'EPERM': return fsError(ERRNO.EACCES, filename);
    case 'ENOSPC': return fsError(ERRNO.ENOSPC, filename);
    default: return fsError(ERRNO.EIO, filename);
  }
}

export interface FsStat {
  isDir: boolean;
  size: number;
  mtimeSec: number;
}

export class SandboxFs {
  /** The real, symlink-free path of the folder that plays the CIRCUITPY drive. */
  readonly root: string;
  /** Current directory inside the sandbox, as a drive path ("/", "/lib"). */
  cwd = '/';
  /** Told the host path of everything the program changes (auto-reload ignores the program's own writes). */
  onChange: ((hostPath: string) => void) | null = null;

  constructor(root: string, public writable: boolean) {
    this.root = fs.realpathSync(root);
  }

  /** Drive path ("/a/b") of a program path, relative to the current directory; null if it escapes. */
  drivePath(p: string): string | null {
    // Joined by hand: path.posix.join would quietly drop a '..' that climbs above the root.
    const joined = p.startsWith('/') ? p : `${this.cwd}/${p}`;
    const parts: string[] = [];
    for (const part of joined.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') {
        if (parts.length === 0) return null;
        parts.pop();
      } else {
        parts.push(part);
      }
    }
    return '/' + parts.join('/');
  }

  /** Host path of a program path, refusing anything outside the root, symlinks included. */
  hostPath(p: string): string {
    if (p.includes('\0')) throw fsError(ERRNO.EINVAL, p);
    const drive = this.drivePath(p);
    if (drive === null) throw fsError(ERRNO.EPERM, p);
    const host = path.join(this.root, drive);
    this.checkInside(host, p);
    return host;
  }

  private checkInside(host: string, original: string): void {
    // Resolve the longest existing prefix so that a symlink anywhere on the way is caught.
    let probe = host;
    for (;;) {
      let real: string;
      try {
        real = fs.realpathSync(probe);
      } catch {
        const parent = path.dirname(probe);
        if (parent === probe) return;
        probe = parent;
        continue;
      }
      if (real !== this.root && !real.startsWith(this.root + path.sep)) throw fsError(ERRNO.EPERM, original);
      return;
    }
  }

  private requireWritable(p: string): void {
    if (!this.writable) throw fsError(ERRNO.EROFS, p);
  }

  readFile(p: string): Uint8Array {
    const host = this.hostPath(p);
    try {
      return fs.readFileSync(host);
    } catch (err) {
      throw fromNodeError(err, p);
    }
  }

  exists(p: string): boolean {
    try {
      return fs.existsSync(this.hostPath(p));
    } catch {
      return false;
    }
  }

  /** Replaces the file's content in one step: readers see the old bytes or the new, never a mix. */
  writeFileAtomic(p: string, data: Uint8Array): void {
    this.requireWritable(p);
    const host = this.hostPath(p);
    const temp = path.join(path.dirname(host), `.${path.basename(host)}.cpygame-tmp-${process.pid}`);
    try {
      const fd = fs.openSync(temp, 'w');
      try {
        fs.writeSync(fd, data);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(temp, host);
    } catch (err) {
      try { fs.unlinkSync(temp); } catch { /* the temporary file may not exist */ }
      throw fromNodeError(err, p);
    }
    this.onChange?.(host);
  }

  stat(p: string): FsStat {
    const host = this.hostPath(p);
    try {
      const st = fs.statSync(host);
      return { isDir: st.isDirectory(), size: st.size, mtimeSec: Math.floor(st.mtimeMs / 1000) };
    } catch (err) {
      throw fromNodeError(err, p);
    }
  }

  listdir(p: string): string[] {
    const host = this.hostPath(p);
    try {
      return fs.readdirSync(host).filter(name => !name.includes('.cpygame-tmp-')).sort();
    } catch (err) {
      throw fromNodeError(err, p);
    }
  }

  mkdir(p: string): void {
    this.requireWritable(p);
    try {
      const host = this.hostPath(p);
      fs.mkdirSync(host);
      this.onChange?.(host);
    } catch (err) {
      throw err instanceof FsError ? err : fromNodeError(err, p);
    }
  }

  remove(p: string): void {
    this.requireWritable(p);
    const host = this.hostPath(p);
    try {
      if (fs.statSync(host).isDirectory()) throw fsError(ERRNO.EISDIR, p);
      fs.unlinkSync(host);
      this.onChange?.(host);
    } catch (err) {
      throw err instanceof FsError ? err : fromNodeError(err, p);
    }
  }

  rmdir(p: string): void {
    this.requireWritable(p);
    try {
      const host = this.hostPath(p);
      fs.rmdirSync(host);
      this.onChange?.(host);
    } catch (err) {
      throw err instanceof FsError ? err : fromNodeError(err, p);
    }
  }

  rename(from: string, to: string): void {
    this.requireWritable(from);
    try {
      const [source, target] = [this.hostPath(from), this.hostPath(to)];
      fs.renameSync(source, target);
      this.onChange?.(source);
      this.onChange?.(target);
    } catch (err) {
      throw err instanceof FsError ? err : fromNodeError(err, from);
    }
  }

  chdir(p: string): void {
    const drive = this.drivePath(p);
    if (drive === null) throw fsError(ERRNO.EPERM, p);
    if (!this.stat(drive).isDir) throw fsError(ERRNO.ENOTDIR, p);
    this.cwd = drive;
  }
}
