// Ctrl-C for a program running headless in a terminal. The running program holds the event loop,
// so a SIGINT handler would never run; instead the terminal goes raw (Ctrl-C arrives as a byte,
// not a signal) and its input is read without blocking between bytecodes.
import { readSync } from 'node:fs';

const POLL_MS = 50;

export class TtyInterrupt {
  private nextPoll = 0;
  private readonly buffer = Buffer.alloc(64);
  private readonly restore = () => this.close();
  private closed = false;

  /** Null when stdin is not a terminal (piped input, CI): then Ctrl-C stays an ordinary signal. */
  static open(): TtyInterrupt | null {
    if (!process.stdin.isTTY || !process.stdout.isTTY) return null;
    return new TtyInterrupt();
  }

  private constructor() {
    // Opening stdin as a TTY stream makes the descriptor non-blocking; the stream stays paused.
    process.stdin.setRawMode(true);
    process.once('exit', this.restore);
  }

  /** True when Ctrl-C was typed since the last call (checked at most every 50 ms). */
  pending(nowMs: number): boolean {
    if (this.closed || nowMs < this.nextPoll) return false;
    this.nextPoll = nowMs + POLL_MS;
    let n: number;
    try {
      n = readSync(0, this.buffer, 0, this.buffer.length, null);
    } catch {
      return false; // EAGAIN: nothing typed
    }
    return this.buffer.subarray(0, n).includes(0x03);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    process.removeListener('exit', this.restore);
    process.stdin.setRawMode(false);
    process.stdin.pause();
  }
}
