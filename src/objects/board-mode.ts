// Device-exact mode (`cpygame run --device-exact`): where the board and a desktop differ, behave
// like the board. This is process-wide state, an exception to the one-Runtime-per-run rule, because
// the float constructor must read it without a context argument and at the cost of one load: a
// process runs one program in one mode, and only the CLI (or a test that restores it) sets it.

/** Whether floats are the board's 30-bit single-precision values (see format/board-float.ts). */
export let boardFloats = false;

/**
 * Told the size in bytes of a single large allocation (a Bitmap, bytearray(n), [x] * n) before it
 * is made, so that the board's heap model can raise MemoryError for it; null when off.
 */
export let largeAllocationHook: ((bytes: number) => void) | null = null;

/** Allocations below this size are left to the periodic heap estimate. */
export const LARGE_ALLOCATION_BYTES = 4096;

export function setBoardFloats(on: boolean): void {
  boardFloats = on;
}

export function setLargeAllocationHook(hook: ((bytes: number) => void) | null): void {
  largeAllocationHook = hook;
}

/** Reports an allocation of `bytes` on the board (a no-op unless the heap model is on). */
export function noteAllocation(bytes: number): void {
  if (largeAllocationHook !== null && bytes >= LARGE_ALLOCATION_BYTES) largeAllocationHook(bytes);
}
