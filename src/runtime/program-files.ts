// Which file of a CIRCUITPY drive runs, as the firmware picks it. reference: console-and-errors.md §1.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const CODE_FILES = ['code.txt', 'code.py', 'main.py', 'main.txt'];
const DOUBLED = ['code.txt.py', 'code.py.txt', 'code.txt.txt', 'code.py.py', 'main.txt.py', 'main.py.txt', 'main.txt.txt', 'main.py.py'];

export interface ProgramTarget {
  /** The folder that plays the drive. */
  driveDir: string;
  /** The program's name on the drive ("code.py"). */
  codeFile: string;
  /** Set when only a doubled name was found: the console warns about it. */
  doubledExtension: boolean;
}

/** A program file runs with its folder as the drive; a folder runs the file the firmware would pick. */
export function resolveTarget(target: string, nextCodeFile: string | null = null): ProgramTarget | string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return `${target}: no such file or folder`;
  }
  if (!stat.isDirectory()) {
    return { driveDir: path.dirname(path.resolve(target)), codeFile: path.basename(target), doubledExtension: false };
  }
  const candidates = nextCodeFile ? [nextCodeFile, ...CODE_FILES] : CODE_FILES;
  for (const name of candidates) {
    if (fs.existsSync(path.join(target, name))) return { driveDir: path.resolve(target), codeFile: name, doubledExtension: false };
  }
  for (const name of DOUBLED) {
    if (fs.existsSync(path.join(target, name))) return { driveDir: path.resolve(target), codeFile: name, doubledExtension: true };
  }
  return `${target}: no ${CODE_FILES.join(', ')} in this folder`;
}
