// Where an import finds a module, in CircuitPython's order: built-in native modules the board
// has, then the drive's root folder, then frozen modules, then /lib; within a folder a package
// directory beats name.py. reference: console-and-errors.md §1.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { newModule } from '../objects/module';
import type { NativeModule } from '../modules/module-def';
import type { FoundModule, ModuleFinder } from '../vm/import';
import type { Runtime } from './runtime';

/** Modules written in Python that ship inside cpygame (src/pylib), looked up on disk beside the bundle. */
function pylibDir(): string | null {
  for (const dir of [path.join(__dirname, 'pylib'), path.join(__dirname, '..', 'src', 'pylib'), path.join(__dirname, '..', 'pylib')]) {
    if (fs.existsSync(dir)) return dir;
  }
  return null;
}

export class DriveModuleFinder implements ModuleFinder {
  private readonly natives = new Map<string, NativeModule>();
  private readonly allowed: Set<string>;
  /** Built-in modules that cpygame writes in Python: found before the drive, like native ones. */
  private readonly builtinDirs: string[];
  /** The firmware's frozen modules: after the drive's root, before /lib. */
  private readonly frozenDirs: string[];

  /** `extra` are modules the runtime builds itself (sys, builtins) that the board list names too. */
  constructor(private readonly rt: Runtime, natives: readonly NativeModule[], private readonly extra: Map<string, () => ReturnType<typeof newModule>>) {
    this.allowed = new Set(rt.board.modules);
    for (const m of natives) if (this.allowed.has(m.name)) this.natives.set(m.name, m);
    const pylib = pylibDir();
    this.builtinDirs = pylib ? [pylib] : [];
    // The board's own frozen modules (stage, ugame): ports/<board_id>/frozen, from src/ or dist/.
    const boardFrozen = ['..', path.join('..', '..')].map((up) => path.join(__dirname, up, 'ports', rt.board.board_id, 'frozen')).find((d) => fs.existsSync(d));
    this.frozenDirs = boardFrozen ? [boardFrozen] : [];
  }

  find(name: string): FoundModule | null {
    const made = this.extra.get(name);
    if (made) return { kind: 'native', build: made };
    const native = this.natives.get(name);
    if (native) return { kind: 'native', build: () => newModule(name, native.build(this.rt)) };
    const rel = name.split('.');
    const builtin = this.allowed.has(rel[0]) ? this.findIn(this.builtinDirs, rel) : null;
    return builtin ?? this.findOnDrive('/', rel, '') ?? this.findIn(this.frozenDirs, rel) ?? this.findOnDrive('/lib', rel, '/lib/');
  }

  private findOnDrive(dir: string, parts: string[], shownPrefix: string): FoundModule | null {
    const fsx = this.rt.fs;
    const base = path.posix.join(dir, ...parts);
    const shown = shownPrefix + parts.join('/');
    const init = `${base}/__init__.py`;
    try {
      if (fsx.exists(base) && fsx.stat(base).isDir) {
        if (fsx.exists(init)) return { kind: 'source', source: decode(fsx.readFile(init)), filename: `${shown}/__init__.py`, isPackage: true };
      }
      if (fsx.exists(`${base}.py`)) return { kind: 'source', source: decode(fsx.readFile(`${base}.py`)), filename: `${shown}.py`, isPackage: false };
    } catch {
      return null;
    }
    return null;
  }

  private findIn(dirs: string[], parts: string[]): FoundModule | null {
    for (const dir of dirs) {
      const base = path.join(dir, ...parts);
      const shown = parts.join('/');
      if (fs.existsSync(path.join(base, '__init__.py'))) {
        return { kind: 'source', source: fs.readFileSync(path.join(base, '__init__.py'), 'utf8'), filename: `${shown}/__init__.py`, isPackage: true };
      }
      if (fs.existsSync(`${base}.py`)) return { kind: 'source', source: fs.readFileSync(`${base}.py`, 'utf8'), filename: `${shown}.py`, isPackage: false };
    }
    return null;
  }
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}
