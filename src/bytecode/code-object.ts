// A compiled unit (module, function, class body, comprehension): instructions, constants, names,
// the exception table and the line table. Plain data made by the compiler and read by the VM.

/** Code flags, CPython's values where they exist. */
export const enum CodeFlags {
  OPTIMIZED = 0x1,
  NEWLOCALS = 0x2,
  VARARGS = 0x4,
  VARKEYWORDS = 0x8,
  NESTED = 0x10,
  GENERATOR = 0x20,
  COROUTINE = 0x80,
  ITERABLE_COROUTINE = 0x100,
  ASYNC_GENERATOR = 0x200,
  /** Plain positional parameters only, no cells: calls can copy arguments straight into locals. */
  SIMPLE_ARGS = 0x10000,
  /** The body of a class statement (its locals dict becomes the class namespace). */
  CLASS_BODY = 0x20000,
  FUTURE_ANNOTATIONS = 0x1000000,
}

export class CodeObject {
  /** One entry per inline-cache site, filled by the VM on first execution. */
  caches: unknown[];
  /**
   * The second tier (vm/jit/): the code translated to a JS function once it is hot, null when
   * it stays in the interpreter, undefined until decided. `entry` is -1 to run the frame from
   * its saved ip (a call, a generator resuming, with `thrown` for gen.throw()), or the loop head
   * at which a running interpreter frame switches over.
   */
  jit: ((frame: object, entry: number, thrown?: unknown) => unknown) | null | undefined;
  /** Calls and backward jumps counted towards compiling. */
  warmth: number;

  constructor(
    readonly name: string,
    readonly qualname: string,
    readonly filename: string,
    readonly firstLineNo: number,
    readonly code: Int32Array,
    readonly consts: unknown[],
    readonly names: string[],
    /** Fast locals: positional-only, positional, keyword-only parameters, *args, **kwargs, then the rest. */
    readonly varnames: string[],
    /** Variables of this scope that inner scopes capture. */
    readonly cellvars: string[],
    /** Variables captured from enclosing scopes (cells follow cellvars in the frame's cell array). */
    readonly freevars: string[],
    /** For each cellvar, the index of the parameter it starts from, or -1. */
    readonly cell2arg: Int32Array,
    readonly argcount: number,
    readonly posonlyargcount: number,
    readonly kwonlyargcount: number,
    readonly flags: number,
    readonly stacksize: number,
    /** Handler ranges, 4 ints each: start, end (exclusive), handler offset, stack depth. Non-overlapping. */
    readonly exceptionTable: Int32Array,
    readonly lineTable: Int32Array,
    readonly ncaches: number,
    readonly docstring: string | null,
  ) {
    this.caches = new Array(ncaches);
    this.jit = undefined;
    this.warmth = 0;
  }

  get nlocals(): number { return this.varnames.length; }
}

/** The handler covering `offset`, as an index into the table's 4-int entries, or -1. */
export function findHandler(table: Int32Array, offset: number): number {
  for (let i = 0; i < table.length; i += 4) {
    if (table[i] <= offset && offset < table[i + 1]) return i;
  }
  return -1;
}
