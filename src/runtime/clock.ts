// The program's clock. Headless runs use virtual time, so the same program produces the same
// frames on any machine at any speed; play uses the same virtual time paced to the host's clock;
// the REPL follows the host's monotonic clock.

/** Virtual nanoseconds charged per unit of work the VM reports (a call or a backward jump). */
export const VIRTUAL_NS_PER_WORK_UNIT = 200;

export interface Clock {
  readonly virtual: boolean;
  /** Nanoseconds since the program started. */
  nowNs(): number;
  /** Lets `ns` nanoseconds pass: a virtual clock jumps, a real one blocks. */
  sleepNs(ns: number): void;
  /** Accounts for work the VM did; only a virtual clock moves. */
  chargeWork(units: number): void;
}

export class VirtualClock implements Clock {
  readonly virtual: boolean = true;
  private ns = 0;

  nowNs(): number {
    return this.ns;
  }

  sleepNs(ns: number): void {
    if (ns > 0) this.ns += ns;
  }

  chargeWork(units: number): void {
    this.ns += units * VIRTUAL_NS_PER_WORK_UNIT;
  }
}

export class RealClock implements Clock {
  readonly virtual = false;
  private readonly start = process.hrtime.bigint();
  // A tiny shared buffer to block on: Atomics.wait is the only synchronous sleep Node offers.
  private readonly sleeper = new Int32Array(new SharedArrayBuffer(4));

  nowNs(): number {
    return Number(process.hrtime.bigint() - this.start);
  }

  sleepNs(ns: number): void {
    if (ns <= 0) return;
    Atomics.wait(this.sleeper, 0, 0, ns / 1e6);
  }

  chargeWork(): void {}
}

/**
 * Interactive play: virtual time as in headless runs (so a recorded session replays frame for
 * frame), held back so that it never runs ahead of the host's clock.
 */
export class PacedClock extends VirtualClock {
  private readonly start = process.hrtime.bigint();
  private readonly sleeper = new Int32Array(new SharedArrayBuffer(4));

  override sleepNs(ns: number): void {
    super.sleepNs(ns);
    this.holdBack(0);
  }

  /** A busy program (polling time.monotonic in a loop) is held back too, a few ms at a time. */
  override chargeWork(units: number): void {
    super.chargeWork(units);
    this.holdBack(5e6);
  }

  private holdBack(slackNs: number): void {
    const ahead = this.nowNs() - Number(process.hrtime.bigint() - this.start);
    if (ahead > slackNs) Atomics.wait(this.sleeper, 0, 0, ahead / 1e6);
  }
}
