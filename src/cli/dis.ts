// `cpygame dis FILE.py`: the bytecode of a program, function by function.
import * as fs from 'node:fs';
import { disassemble } from '../bytecode/disassemble';
import { compileAst } from '../compiler/compile';
import { parse } from '../compiler/parse';
import { PySyntaxError } from '../compiler/syntax-error';
import { UsageError } from './options';
import { formatException } from '../vm/traceback';
import { syntaxErrorToPy } from '../vm/compile-source';

export function disCommand(args: string[]): number {
  const file = args[0];
  if (file === undefined) throw new UsageError('dis needs a .py file');
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`${file}: cannot read the file`);
  }
  try {
    process.stdout.write(disassemble(compileAst(parse(source, file, 'exec'), file, 'exec', source)));
    return 0;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      process.stderr.write(formatException(syntaxErrorToPy(e)));
      return 1;
    }
    throw e;
  }
}
