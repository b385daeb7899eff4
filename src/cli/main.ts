// Entry point of the cpygame command: argv → command. Every failure a user can cause ends in one
// clear line and a meaningful exit status; a fault of cpygame itself names itself as one.
import { setFlagsFromString } from 'node:v8';
import { runCommand } from './run';
import { testCommand } from './test';
import { disCommand } from './dis';
import { replCommand } from './repl';
import { UsageError } from './options';
import { HELP } from './help';

// The interpreter loop is one big function: letting V8 inline more into it pays (bench/: nbody
// 5.1 s -> 3.7 s, spectral_norm 2.3 -> 1.8, game frames unchanged). Set before anything is optimized.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'run':
      return runCommand(rest);
    case 'test':
      return testCommand(rest);
    case 'dis':
      return disCommand(rest);
    case 'repl':
      return replCommand(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(HELP);
      return 0;
    default:
      throw new UsageError(`unknown command '${command}' (commands: run, test, repl, dis, help)`);
  }
}

function exit(code: number): void {
  process.exitCode = code;
}

try {
  const code = main(process.argv.slice(2));
  if (code >= 0) exit(code);
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`cpygame: ${e.message}\n`);
    exit(2);
  } else {
    process.stderr.write(`cpygame: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    exit(70);
  }
}
