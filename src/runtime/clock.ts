// The program's clock. Headless runs use virtual time, so the same program produces the same
// frames on any machine at any speed; interactive runs follow the host's monotonic clock.

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
  readonly virtual = true;
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
