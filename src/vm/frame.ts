// One activation of a code object. Its fast locals and its value stack share one array
// (`values`: locals first, the stack from index nlocals on, as CPython's localsplus), so a call
// allocates one array. The interpreter keeps ip/sp in JS locals and writes them back here only
// when it suspends (yield) or leaves, so a frame is also a suspended generator's whole state.
import { CodeObject } from '../bytecode/code-object';
import { PyValue } from '../objects/core';
import { PyCell } from '../objects/cell';
import type { PyDict } from '../objects/dict';

const EMPTY_CELLS: PyCell[] = [];

export class Frame {
  declare readonly code: CodeObject;
  declare readonly globals: PyDict;
  declare readonly builtins: PyDict;
  /** The namespace of module, class-body and exec frames (LOAD_NAME/STORE_NAME); null for functions. */
  declare readonly localsDict: PyDict | null;
  /** Fast locals at [0, nlocals), then the value stack. */
  declare readonly values: (PyValue | undefined)[];
  declare readonly cells: PyCell[];
  /** Absolute index into `values` of the next free stack slot. */
  declare sp: number;
  declare ip: number;
  /** True after a yield, until the frame is resumed. */
  declare suspended: boolean;

  // Fields are `declare`d and assigned in the constructor: as class fields (ES2022 define
  // semantics) V8 runs a separate initialiser on every construction, and frames are made on
  // every Python call.
  constructor(code: CodeObject, globals: PyDict, builtins: PyDict, localsDict: PyDict | null, closure: PyCell[] | null) {
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.localsDict = localsDict;
    const nlocals = code.varnames.length;
    this.values = new Array(nlocals + code.stacksize);
    this.sp = nlocals;
    this.ip = 0;
    this.suspended = false;
    const ncell = code.cellvars.length;
    if (ncell === 0) this.cells = closure === null ? EMPTY_CELLS : closure;
    else {
      const cells = new Array<PyCell>(ncell + code.freevars.length);
      for (let i = 0; i < ncell; i++) cells[i] = new PyCell();
      if (closure !== null) for (let i = 0; i < closure.length; i++) cells[ncell + i] = closure[i];
      this.cells = cells;
    }
  }

  /** The fast locals (the front of `values`). */
  get locals(): (PyValue | undefined)[] { return this.values; }

  /** Moves parameters that are captured by closures into their cells (after argument binding). */
  initCellArgs(): void {
    const c2a = this.code.cell2arg;
    for (let i = 0; i < c2a.length; i++) {
      const a = c2a[i];
      if (a >= 0) {
        this.cells[i].value = this.values[a];
        this.values[a] = undefined;
      }
    }
  }
}
