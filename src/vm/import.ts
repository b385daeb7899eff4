// The import system: `import a.b as c`, `from x import names/*`, packages with __init__.py,
// relative imports, caching in sys.modules. Where modules come from (game folder, built-in and
// frozen modules, lib/) is the runtime's business, behind the ModuleFinder interface.

import { PyValue, typeOf } from '../objects/core';
import { ImportError, newException } from '../objects/exceptions';
import { lookupAttr, setAttr } from '../objects/attr';
import { PyDict } from '../objects/dict';
import { PyList } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { PyModule } from '../objects/module';
import { toArray } from '../objects/ops';
import { vm } from './state';
import { runCode } from './interpreter';
import { compileSource } from './compile-source';

/** What a finder found for a full dotted module name. */
export type FoundModule =
  | { kind: 'source'; source: string; filename: string; isPackage: boolean }
  | { kind: 'native'; build: () => PyValue };

export interface ModuleFinder {
  find(name: string): FoundModule | null;
}

function importError(msg: string, name?: string): PyValue {
  const e = newException(ImportError, msg);
  if (name !== undefined) (e as { name?: string }).name = name;
  return e;
}

function noModule(name: string): PyValue {
  return importError(`no module named '${name}'`);
}

/** Resolves a relative import against the importing module's globals. */
function resolveName(name: string, globals: PyDict, level: number): string {
  if (level === 0) return name;
  let pkg = globals.getStr('__package__');
  if (typeof pkg !== 'string' || pkg === '') {
    const modName = globals.getStr('__name__');
    if (typeof modName !== 'string') throw importError('attempted relative import with no known parent package');
    pkg = globals.getStr('__path__') !== undefined ? modName : modName.slice(0, Math.max(0, modName.lastIndexOf('.')));
  }
  if (pkg === '' || pkg === '__main__') throw importError('attempted relative import with no known parent package');
  const parts = pkg.split('.');
  if (level - 1 >= parts.length) throw importError('attempted relative import beyond top-level package');
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

/** Loads (or finds in sys.modules) one module by its full dotted name. */
export function loadModule(fullname: string): PyValue {
  const st = vm;
  const cached = st.modules.getStr(fullname);
  if (cached !== undefined) return cached;
  const dot = fullname.lastIndexOf('.');
  let parent: PyValue | undefined;
  if (dot >= 0) {
    parent = loadModule(fullname.slice(0, dot));
    // The parent's __init__ may have imported this submodule already.
    const again = st.modules.getStr(fullname);
    if (again !== undefined) return again;
  }
  const found = st.finder.find(fullname);
  if (found === null) throw noModule(fullname);
  let mod: PyValue;
  if (found.kind === 'native') {
    mod = found.build();
    st.modules.setStr(fullname, mod);
  } else {
    const m = new PyModule(fullname);
    const d = m.dict as PyDict;
    d.setStr('__name__', fullname);
    d.setStr('__file__', found.filename);
    d.setStr('__package__', found.isPackage ? fullname : fullname.slice(0, Math.max(0, dot)));
    if (found.isPackage) d.setStr('__path__', new PyList([found.filename.replace(/\/?__init__\.py$/, '')]));
    mod = m;
    st.modules.setStr(fullname, m);
    try {
      const code = compileSource(found.source, found.filename, 'exec');
      runCode(code, d, d, st.builtins);
    } catch (e) {
      st.modules.deleteStr(fullname);
      throw e;
    }
    // A module may replace itself in sys.modules while running.
    mod = st.modules.getStr(fullname) ?? m;
  }
  if (parent !== undefined) setAttr(parent, fullname.slice(dot + 1), mod);
  return mod;
}

/** IMPORT_NAME: returns the top package for `import a.b`, the module itself when there is a fromlist. */
export function importName(name: string, globals: PyDict, fromlist: PyValue, level: number): PyValue {
  const full = resolveName(name, globals, level);
  const mod = loadModule(full);
  const names = fromlist instanceof PyTuple || fromlist instanceof PyList ? toArray(fromlist)
    : Array.isArray(fromlist) ? fromlist as PyValue[] : [];
  if (names.length === 0) {
    if (level === 0 && name.includes('.')) return vm.modules.getStr(name.split('.')[0])!;
    return mod;
  }
  // `from package import submodule` imports the submodule when it is not an attribute yet.
  const isPackage = lookupAttr(mod, '__path__') !== undefined;
  if (isPackage) {
    for (const n of names) {
      if (typeof n !== 'string' || n === '*') continue;
      if (lookupAttr(mod, n) !== undefined) continue;
      try {
        loadModule(`${full}.${n}`);
      } catch (e) {
        // Only "that submodule does not exist" is ignored; IMPORT_FROM then reports the name.
        if (!(typeOf(e as PyValue) === ImportError && String((e as { args: PyValue[] }).args[0]).startsWith('no module named'))) throw e;
      }
    }
  }
  return mod;
}

/** IMPORT_FROM: an attribute of the module, or its submodule from sys.modules. */
export function importFrom(mod: PyValue, name: string): PyValue {
  const v = lookupAttr(mod, name);
  if (v !== undefined) return v;
  const modName = lookupAttr(mod, '__name__');
  if (typeof modName === 'string') {
    const sub = vm.modules.getStr(`${modName}.${name}`);
    if (sub !== undefined) return sub;
  }
  throw importError(`cannot import name ${name}`, name);
}

/** `from mod import *`: __all__ if defined, else every public name. */
export function importStar(mod: PyValue, into: PyDict): void {
  const all = lookupAttr(mod, '__all__');
  if (all !== undefined) {
    for (const n of toArray(all)) {
      if (typeof n !== 'string') continue;
      into.setStr(n, importFrom(mod, n));
    }
    return;
  }
  const d = lookupAttr(mod, '__dict__');
  if (!(d instanceof PyDict)) return;
  for (const [k, v] of d.entries()) {
    if (typeof k === 'string' && !k.startsWith('_')) into.setStr(k, v);
  }
}
