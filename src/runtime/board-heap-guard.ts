// Device-exact mode's memory limit: measures the program's heap (board-heap.ts) from the VM's
// tick, and before any single large allocation, and raises the board's MemoryError when the
// program would not fit. A walk costs time in proportion to the heap, so it runs when the host's
// own heap has grown by as much as the board has left (a JS object is mostly larger than the board
// object it stands for, so the board can hardly have run out before that), and otherwise now and
// then. Large allocations made since the last walk are added to its total, so a burst of them is
// caught without a walk each.
//
// Frames do not link to their callers here, so the running frames are those the guard has seen:
// the innermost one at every background tick (VM ticks and the 1 ms steps of time.sleep), kept for
// a while after. A game's main loop is seen whenever it sleeps or refreshes; a frame that has just
// returned still counts for a little while.
import { getHeapStatistics } from 'node:v8';
import { MemoryError, newException } from '../objects';
import { BoardHeap, type HeapRoots } from './board-heap';
import type { HeapReport } from './heap-budget';
import type { Frame } from '../vm/frame';

/** Where a walk starts, besides the running frames. */
export type GlobalRoots = Omit<HeapRoots, 'frames'>;

/** Ticks (1000 work units each) between two walks: fewer as the heap fills, never fewer than 2. */
const MAX_TICKS_BETWEEN_WALKS = 20;
const MIN_TICKS_BETWEEN_WALKS = 1;
/** Below this much headroom the heap is walked at every tick (a loop can allocate this much in one). */
const BYTES_PER_TICK = 65536;
/** Objects walked per extra tick of waiting: keeps the walks to a few percent of the run time. */
const OBJECTS_PER_TICK = 64;
/** A frame seen innermost counts as running for this many background ticks after. */
const FRAME_MEMORY = 500;

export class BoardHeapGuard implements HeapReport {
  private readonly heap: BoardHeap;
  private countdown = MIN_TICKS_BETWEEN_WALKS;
  /** The last walk's total plus the large allocations noted since. */
  private inUse = 0;
  /** The host's heap (JS and typed arrays) at its lowest since the last walk: V8 collecting garbage must not hide growth. */
  private hostLow = Infinity;

  /** Frames seen innermost, with the background tick they were last seen at. */
  private readonly recentFrames = new Map<Frame, number>();
  private backgroundTicks = 0;

  constructor(heapBytes: number, private readonly roots: () => GlobalRoots, private readonly runningFrame: () => Frame | null) {
    this.heap = new BoardHeap(heapBytes);
  }

  /** From every background tick (VM ticks, time.sleep's steps): notes the running frame. */
  observe(): void {
    const frame = this.runningFrame();
    if (frame !== null) this.recentFrames.set(frame, ++this.backgroundTicks);
  }

  /** From every VM tick. */
  tick(): void {
    const host = hostHeap();
    if (host < this.hostLow) this.hostLow = host;
    if (--this.countdown > 0 && host - this.hostLow < this.heap.capacity - this.inUse) return;
    const used = this.measure();
    if (used > this.heap.capacity) throw memoryError(used - this.heap.capacity);
  }

  /** Before a single allocation of `bytes` (a Bitmap, bytearray(n), [x] * n). */
  allocate(bytes: number): void {
    if (this.inUse + bytes > this.heap.capacity && this.measure() + bytes > this.heap.capacity) throw memoryError(bytes);
    this.inUse += bytes;
  }

  free(): number {
    return Math.max(0, this.heap.capacity - this.measure());
  }

  allocated(): number {
    return this.measure();
  }

  private measure(): number {
    for (const [f, tick] of this.recentFrames) if (this.backgroundTicks - tick > FRAME_MEMORY) this.recentFrames.delete(f);
    const frame = this.runningFrame();
    const frames = frame === null ? this.recentFrames.keys() : [frame, ...this.recentFrames.keys()];
    const { bytes, objects } = this.heap.measure({ ...this.roots(), frames });
    this.inUse = bytes;
    this.hostLow = hostHeap();
    const byHeadroom = Math.floor((this.heap.capacity - bytes) / BYTES_PER_TICK);
    this.countdown = Math.max(MIN_TICKS_BETWEEN_WALKS, Math.min(byHeadroom, MAX_TICKS_BETWEEN_WALKS + Math.floor(objects / OBJECTS_PER_TICK)));
    return bytes;
  }
}

function hostHeap(): number {
  const stats = getHeapStatistics();
  return stats.used_heap_size + stats.external_memory;
}

/** CircuitPython's wording; `bytes` is the allocation that failed (at a periodic check: the shortfall). */
function memoryError(bytes: number) {
  return newException(MemoryError, `memory allocation failed, allocating ${Math.ceil(bytes / 16) * 16} bytes`);
}
