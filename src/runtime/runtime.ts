// One Runtime per program run: the board under the program (pins, display, buttons), its clock and
// random generator, its file system and console. Everything a run mutates lives here, so a reload
// or a test builds a fresh one (STYLE.md: no mutable state at module level).
import { builtinFont } from '../../displayio/fontio/BuiltinFont';
import { buildConsole, Console, relayoutConsole } from '../../displayio/console/console';
import { Display, type DisplayOptions } from '../../displayio/Display';
import type { Panel } from '../../displayio/panel';
import type { BoardDefinition } from '../../ports/board';
import { KeypadScanners } from '../modules/keypad/background';
import { Yasmarang } from '../modules/random/yasmarang';
import { BoardHardware } from './board-hardware';
import { Clock, PacedClock, RealClock, VirtualClock } from './clock';
import { Nvm } from './nvm';
import { SandboxFs } from './sandbox-fs';
import { HeapBudget, type HeapReport } from './heap-budget';
import { BoardHeapGuard, type GlobalRoots } from './board-heap-guard';
import type { Frame } from '../vm/frame';
import { setBoardFloats, setLargeAllocationHook } from '../objects/board-mode';
import { AudioEngine } from './audio';
import { MemoryGuard } from './memory-guard';
import { MemoryError, newException, PyDict } from '../objects';
import type { PyValue } from '../objects/core';

export interface RuntimeOptions {
  /** The folder that plays the CIRCUITPY drive. */
  driveDir: string;
  board: BoardDefinition;
  panel: Panel;
  /** 'virtual' for headless runs, 'paced' (virtual, held to the host's pace) for play, 'real' for the REPL. */
  time: 'virtual' | 'paced' | 'real';
  /** Whether the program may write its drive (see README, "Files and saves"). */
  writable: boolean;
  /** Where microcontroller.nvm persists; null keeps it in memory only. */
  nvmFile: string | null;
  /** nvm's bytes at power-on when there is no file (a replay starts from the recorded saves). */
  nvmInitial?: Uint8Array;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Called after every display refresh with the refresh count (the frame number). */
  onFrame?: (frame: number) => void;
  /** Called from every background tick: the host polls its input here. */
  onBackground?: () => void;
  /** Seed of the board's "hardware" RNG (random's auto-seed, os.urandom). */
  entropySeed?: number;
  /** Behave like the board where a desktop differs: floats, the heap's size (README, "Device-exact mode"). */
  deviceExact?: boolean;
}

/** Thrown (never as a Python exception) to end a run from outside: frame limit reached, reload. */
export class ProgramStop {
  constructor(readonly reason: 'frames' | 'reload' | 'quit') {}
}

/** Every display on the board's panel (board.DISPLAY, one a program makes): tells the runtime about every refresh. */
class BoardDisplay extends Display {
  constructor(private readonly runtime: Runtime, opts: ConstructorParameters<typeof Display>[0]) {
    super(opts);
  }

  override refreshNow(): void {
    if (this.released) return;
    super.refreshNow();
    this.runtime.frameDone(this.refreshCount);
  }
}

/** What a program's BusDisplay asks of the panel; the rest of DisplayOptions the runtime fills in. */
export type NewDisplayOptions = Pick<DisplayOptions, 'rotation' | 'autoRefresh' | 'nativeFramesPerSecond' | 'backlight' | 'brightness'>;

/** What a display's pins (bus, chip select, backlight…) are claimed by; the board's own are too. */
export const DISPLAY_OWNER = 'DISPLAY';

/** While no display exists the panel still shows its picture: a frame is counted this often. */
const IDLE_FRAME_NS = 1e9 / 60;

export class Runtime {
  readonly board: BoardDefinition;
  readonly clock: Clock;
  readonly fs: SandboxFs;
  readonly hardware: BoardHardware;
  /** The display on the panel now; after release_displays() the released one, which draws nothing. */
  private current: BoardDisplay;
  private readonly panel: Panel;
  readonly console: Console;
  readonly keypad = new KeypadScanners();
  readonly rng: Yasmarang;
  readonly nvm: Nvm;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** 32-bit state of the stand-in for the board's hardware RNG. */
  private entropy: number;
  private readonly onFrame: ((frame: number) => void) | undefined;
  private readonly onBackground: (() => void) | undefined;
  /** Whether console output is also drawn on the display's terminal. */
  consoleOnScreen = true;
  /** supervisor.set_next_code_file's choice for the next run. */
  nextCodeFile: string | null = null;
  /** The previous run's traceback text, for supervisor.get_previous_traceback (survives soft reloads). */
  previousTraceback: string | null = null;
  /** This run's uncaught exception as text, handed to the next run as its previousTraceback. */
  traceback: string | null = null;
  /** The Python object of board.DISPLAY, once the displayio bindings made it. */
  displayObject: PyValue | null = null;
  /** Whether the board's terminal is running (release_displays() stops it, a new display restarts it). */
  private terminalStarted = true;
  /** When the last idle frame was counted while no display exists. */
  private idleFrameNs = 0;
  readonly deviceExact: boolean;
  /** gc's figures: fixed, or in device-exact mode the heap model's. */
  readonly memory: HeapReport;
  /** Device-exact mode's heap limit; null otherwise. */
  private readonly boardHeap: BoardHeapGuard | null;
  /** Set by the program's VM: sys.modules and the innermost running frame, where the heap model starts. */
  vmRoots: () => { modules: PyDict; frame: Frame | null } | null = () => null;
  readonly audio: AudioEngine;
  private readonly memoryGuard = new MemoryGuard();
  private readonly backgroundTasks: (() => void)[] = [];
  /** Set by the program's VM: asks the running code to raise KeyboardInterrupt. */
  interrupt: () => void = () => {};

  constructor(opts: RuntimeOptions) {
    this.board = opts.board;
    this.clock = opts.time === 'virtual' ? new VirtualClock() : opts.time === 'paced' ? new PacedClock() : new RealClock();
    this.fs = new SandboxFs(opts.driveDir, opts.writable);
    this.hardware = new BoardHardware(opts.board);
    this.stdout = opts.stdout;
    this.stderr = opts.stderr;
    this.onFrame = opts.onFrame;
    this.onBackground = opts.onBackground;
    this.entropy = (opts.entropySeed ?? (opts.time === 'virtual' ? 0x5eed : (Math.random() * 2 ** 32) >>> 0)) >>> 0;
    this.rng = new Yasmarang(() => this.entropyWord());
    this.deviceExact = opts.deviceExact ?? false;
    // The float switch is process-wide (objects/board-mode.ts): each run sets it for itself.
    setBoardFloats(this.deviceExact);
    if (this.deviceExact) {
      const guard = new BoardHeapGuard(opts.board.python_heap_bytes, () => this.heapRoots(), () => this.vmRoots()?.frame ?? null);
      this.boardHeap = guard;
      this.memory = guard;
      setLargeAllocationHook((bytes) => guard.allocate(bytes));
    } else {
      this.boardHeap = null;
      this.memory = new HeapBudget(opts.board.python_heap_bytes);
      setLargeAllocationHook(null);
    }
    this.nvm = new Nvm(opts.board.nvm_bytes, opts.nvmFile, opts.nvmInitial);
    const enable = this.hardware.pin(opts.board.speaker.enable);
    this.audio = new AudioEngine(() => this.clock.nowNs(), () => enable.output && enable.driven);
    const d = opts.board.display;
    this.panel = opts.panel;
    this.current = this.newBoardDisplay({
      rotation: d.rotation,
      nativeFramesPerSecond: d.native_frames_per_second,
      brightness: d.brightness,
    });
    this.console = buildConsole(this.current.width, this.current.height, builtinFont());
    this.current.rootGroup = this.console.group;
  }

  /** The display the session shows and _stage draws through: the current one, or the released one. */
  get display(): Display {
    return this.current;
  }

  /** Whether a display exists (false from release_displays() until a program makes one). */
  get hasDisplay(): boolean {
    return !this.current.released;
  }

  private newBoardDisplay(opts: NewDisplayOptions): BoardDisplay {
    const display = new BoardDisplay(this, {
      ...opts,
      panel: this.panel,
      now: () => this.clock.nowNs() / 1e6,
      wait: (ms) => this.sleepMs(ms),
    });
    display.onRotate = () => this.restartTerminal();
    return display;
  }

  /**
   * displayio.release_displays(): the display stops drawing (the panel keeps its last picture),
   * its pins are free and the terminal stops. reference: displayio-objects.md, release_displays().
   */
  releaseDisplays(): void {
    // A bus made without a display holds pins too.
    for (const name of this.hardware.pinNames()) {
      const pin = this.hardware.pin(name);
      if (pin.claimedBy !== DISPLAY_OWNER) continue;
      pin.claimedBy = null;
      pin.output = false;
      pin.pull = null;
    }
    if (this.current.released) return;
    this.current.release();
    this.terminalStarted = false;
    this.idleFrameNs = this.clock.nowNs();
  }

  /**
   * A program's BusDisplay on the board's panel, once the old one is released (the caller checks
   * hasDisplay): frames go on counting from the old one, the terminal restarts for its size and
   * is shown until the program sets a root group. reference: display-rendering.md §1.
   */
  makeDisplay(opts: NewDisplayOptions): Display {
    const old = this.current;
    const display = this.newBoardDisplay({ ...opts, autoRefresh: false });
    display.refreshCount = old.refreshCount;
    this.current = display;
    this.restartTerminal();
    if (!this.console.group.inGroup) display.rootGroup = this.console.group;
    display.autoRefresh = opts.autoRefresh ?? true;
    return display;
  }

  /** The firmware starts its terminal afresh for the display's size (new display, rotation). */
  private restartTerminal(): void {
    relayoutConsole(this.console, this.current.width, this.current.height, builtinFont());
    this.terminalStarted = true;
  }

  /** Next word of the board's hardware RNG stand-in (xorshift32: seeded, so headless runs repeat). */
  entropyWord(): number {
    let x = this.entropy || 0x9e3779b9;
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    this.entropy = x;
    return x;
  }

  /** Program output: the serial console (stdout) and the on-screen terminal. */
  writeConsole(text: string): void {
    this.stdout(text);
    this.writeScreen(text);
  }

  /** Errors: stderr and the on-screen terminal. */
  writeError(text: string): void {
    this.stderr(text);
    this.writeScreen(text);
  }

  /** Text only the board's screen shows (the supervisor's lines: "code.py output:" …). */
  writeScreen(text: string): void {
    if (this.consoleOnScreen && this.terminalStarted) this.console.terminal.write(text.replace(/\n/g, '\r\n'));
  }

  /** The board's 1024 Hz tick counter. reference: runtime-modules.md §1. */
  rawTicks(): number {
    return Math.floor((this.clock.nowNs() * 1024) / 1e9);
  }

  /** Milliseconds as the board counts them (uneven steps of its 1024 Hz tick). */
  ms(): number {
    return Math.floor((this.rawTicks() * 1000) / 1024);
  }

  /** supervisor.ticks_ms(): starts near 2**29 and wraps 65.5 s after power-on. */
  ticksMs(): number {
    return (this.ms() + 0x1fff0000) % 2 ** 29;
  }

  /** What the board does between bytecodes: display auto-refresh and keypad scans. */
  background(): void {
    this.onBackground?.();
    this.boardHeap?.observe();
    this.keypad.tick();
    this.current.background();
    if (this.current.released) this.idleFrame();
    for (const task of this.backgroundTasks) task();
    this.audio.advance();
  }

  /** Modules that draw or sound on their own (_stage writing the panel directly) join the tick here. */
  addBackgroundTask(task: () => void): void {
    this.backgroundTasks.push(task);
  }

  /** The VM reports work done: virtual time moves on and background tasks get their turn. */
  onVmTick(units: number): void {
    this.clock.chargeWork(units);
    if (this.memoryGuard.overBudget()) throw newException(MemoryError, 'memory allocation failed, heap is full');
    this.boardHeap?.tick();
    this.background();
  }

  /** What the heap model walks: the VM's roots and the display's root group (unless it is the firmware's terminal). */
  private heapRoots(): GlobalRoots {
    const root = this.current.rootGroup;
    const rootGroup = root !== null && root !== this.console.group && root.owner ? (root.owner as PyValue) : null;
    return { modules: this.vmRoots()?.modules ?? new PyDict(), rootGroup };
  }

  /** time.sleep: time passes in 1 ms steps so that scans and refreshes land when they would. */
  sleepMs(ms: number): void {
    if (!(ms > 0)) {
      this.background();
      return;
    }
    const end = this.clock.nowNs() + ms * 1e6;
    for (;;) {
      const left = end - this.clock.nowNs();
      if (left <= 0) break;
      this.clock.sleepNs(Math.min(left, 1e6));
      this.background();
    }
  }

  /** No display: the panel goes on showing its picture, and the session still sees frames go by. */
  private idleFrame(): void {
    const now = this.clock.nowNs();
    if (now - this.idleFrameNs < IDLE_FRAME_NS) return;
    this.idleFrameNs = now;
    this.frameDone(++this.current.refreshCount);
  }

  frameDone(frame: number): void {
    this.onFrame?.(frame);
  }

  /**
   * What the board does when code.py ends: scanners stop, pins are freed, and the display (the
   * built-in one or the program's) shows the console again with auto-refresh on, keeping its
   * rotation and brightness. A released display stays dark to the program: nothing redraws and the
   * panel keeps its last picture. reference: display-rendering.md §2.
   */
  endOfProgram(): void {
    this.audio.stop();
    this.keypad.deinitAll();
    this.hardware.releaseProgramPins();
    const display = this.current;
    if (display.released) return;
    display.autoRefresh = true;
    const group = this.console.group;
    group.readOnly = false;
    group.x = 0;
    group.y = 0;
    group.readOnly = true;
    if (!group.inGroup) display.rootGroup = group;
  }
}
