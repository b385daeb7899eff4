// One activation of a code object: fast locals, cells, the value stack and the instruction
// pointer. The interpreter keeps ip/sp/stack in JS locals and writes them back here only
// when it suspends (yield) or leaves, so a frame is also a suspended generator's whole state.
import { CodeObject } from '../bytecode/code-object';
import { PyValue } from '../objects/core';
import { PyCell } from '../objects/cell';
import type { PyDict } from '../objects/dict';

export class Frame {
  readonly locals: (PyValue | undefined)[];
  readonly cells: PyCell[];
  readonly stack: (PyValue | undefined)[];
  sp = 0;
  ip = 0;
  /** True after a yield, until the frame is resumed. */
  suspended = false;

  constructor(
    readonly code: CodeObject,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    /** The namespace of module, class-body and exec frames (LOAD_NAME/STORE_NAME); null for functions. */
    readonly localsDict: PyDict | null,
    closure: PyCell[] | null,
  ) {
    this.locals = new Array(code.varnames.length);
    this.stack = new Array(code.stacksize);
    const ncell = code.cellvars.length;
    if (ncell === 0 && closure !== null) this.cells = closure;
    else if (ncell === 0) this.cells = EMPTY_CELLS;
    else {
      const cells = new Array<PyCell>(ncell + code.freevars.length);
      for (let i = 0; i < ncell; i++) cells[i] = new PyCell();
      if (closure !== null) for (let i = 0; i < closure.length; i++) cells[ncell + i] = closure[i];
      this.cells = cells;
    }
  }

  /** Moves parameters that are captured by closures into their cells (after argument binding). */
  initCellArgs(): void {
    const c2a = this.code.cell2arg;
    for (let i = 0; i < c2a.length; i++) {
      const a = c2a[i];
      if (a >= 0) {
        this.cells[i].value = this.locals[a];
        this.locals[a] = undefined;
      }
    }
  }
}

const EMPTY_CELLS: PyCell[] = [];
