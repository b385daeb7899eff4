// Ctrl-C for a program running headless in a terminal. The running program holds the event loop,
// so a SIGINT handler would never run; instead the terminal goes raw (Ctrl-C arrives as a byte,
// not a signal) and its input is read without blocking between bytecodes.
import { fstatSync, readSync } from 'node:fs';

const POLL_MS = 50;

export class TtyInterrupt {
  private readonly buffer = Buffer.alloc(64);
  private readonly restore = () => this.close();
  /**
   * Stdin is looked at only when the first poll is due, one interval after the start: opening it
   * as a stream took a few ms, and a program that ends sooner never needs it. Until then Ctrl-C
   * stays an ordinary signal, as it is while cpygame starts.
   */
  private state: 'waiting' | 'raw' | 'closed' = 'waiting';
  private nextPoll: number;

  constructor(startMs: number) {
    this.nextPoll = startMs + POLL_MS;
  }

  /** True when Ctrl-C was typed since the last call (checked at most every 50 ms). */
  pending(nowMs: number): boolean {
    if (this.state === 'closed' || nowMs < this.nextPoll) return false;
    this.nextPoll = nowMs + POLL_MS;
    if (this.state === 'waiting' && !this.makeRaw()) return false;
    let n: number;
    try {
      n = readSync(0, this.buffer, 0, this.buffer.length, null);
    } catch {
      return false; // EAGAIN: nothing typed
    }
    return this.buffer.subarray(0, n).includes(0x03);
  }

  close(): void {
    if (this.state === 'raw') {
      process.removeListener('exit', this.restore);
      process.stdin.setRawMode(false);
      process.stdin.pause();
    }
    this.state = 'closed';
  }

  /** False when stdin is not a terminal (piped input, CI): then Ctrl-C stays an ordinary signal. */
  private makeRaw(): boolean {
    if (!isTerminal(0) || !isTerminal(1)) {
      this.state = 'closed';
      return false;
    }
    // Opening stdin as a TTY stream makes the descriptor non-blocking; the stream stays paused.
    process.stdin.setRawMode(true);
    process.once('exit', this.restore);
    this.state = 'raw';
    return true;
  }
}

/**
 * Asked without process.stdin/stdout, which build streams (loading node's stream modules) just to
 * say no. A pipe or file is not a character device, which skips loading node:tty too; /dev/null
 * (benchmarks, CI) is one, and tty answers for it.
 */
function isTerminal(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice() && (require('node:tty') as typeof import('node:tty')).isatty(fd);
  } catch {
    return false; // a closed descriptor
  }
}
