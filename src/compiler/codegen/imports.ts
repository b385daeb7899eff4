// Code generation for `import a.b as c` and `from x import names/*` (IMPORT_NAME/IMPORT_FROM/
// IMPORT_STAR); `from __future__ import …` is resolved here at compile time.

import * as A from '../ast';
import { Op } from '../../bytecode/opcodes';
import { Compiler } from './unit';
import { constIdx, loadNone } from './expressions';

export function importName(c: Compiler, a: A.Alias): void {
  const b = c.b;
  b.emit(Op.LOAD_CONST, constIdx(c, { type: 'int', value: 0 }));
  loadNone(c);
  b.emit(Op.IMPORT_NAME, b.nameIdx(a.name));
  if (a.asname) {
    const parts = a.name.split('.');
    for (let i = 1; i < parts.length; i++) {
      b.emit(Op.IMPORT_FROM, b.nameIdx(parts[i]));
      b.emit(Op.SWAP, 2);
      b.emit(Op.POP_TOP);
    }
    c.storeName(a.asname);
  } else c.storeName(a.name.split('.')[0]);
}

const FUTURE_FEATURES = [
  'annotations', 'division', 'print_function', 'absolute_import', 'generator_stop', 'nested_scopes',
  'generators', 'unicode_literals', 'with_statement',
];

export function importFrom(c: Compiler, s: A.ImportFrom): void {
  const b = c.b;
  const mod = s.module ?? '';
  if (mod === '__future__' && s.level === 0) {
    // Every feature this compiler knows is always on, so the statement does nothing at run time.
    for (const a of s.names) {
      if (!FUTURE_FEATURES.includes(a.name)) throw c.error(`future feature ${a.name} is not defined`, s);
    }
    return;
  }
  b.emit(Op.LOAD_CONST, constIdx(c, { type: 'int', value: s.level }));
  b.emit(Op.LOAD_CONST, b.uniqueConst(s.names.map((a) => a.name)));
  b.emit(Op.IMPORT_NAME, b.nameIdx(mod));
  if (s.names.length === 1 && s.names[0].name === '*') {
    b.emit(Op.IMPORT_STAR);
    return;
  }
  for (const a of s.names) {
    b.emit(Op.IMPORT_FROM, b.nameIdx(a.name));
    c.storeName(a.asname ?? a.name);
  }
  b.emit(Op.POP_TOP);
}
