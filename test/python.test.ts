// The Python conformance suite: runs every test/python/**/<name>.py that has a <name>.exp with
// `cpygame run`, from the file's own folder, and compares stdout with the .exp file. When a
// <name>.err sits beside it, stderr must match it and the exit status must be 1; otherwise
// stderr must be empty and the exit status 0. test/python/skip.txt lists skipped files.
// The programs run as child processes, as many at a time as there are CPUs.
import t from 'tap';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, 'python');
const CLI = path.join(__dirname, '..', 'bin', 'cpygame.js');
const TIMEOUT_MS = 10_000;

interface Outcome { stdout: string; stderr: string; status: number | null; timedOut: boolean }

/** Every .py under dir that has a .exp beside it (helper modules have none), as sorted relative paths. */
function findTests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(full));
    else if (entry.name.endsWith('.py') && existsSync(full.slice(0, -3) + '.exp')) found.push(path.relative(ROOT, full));
  }
  return found.sort();
}

/** skip.txt: one relative path per line, a reason after '#'. */
function readSkips(): Map<string, string> {
  const skips = new Map<string, string>();
  const file = path.join(ROOT, 'skip.txt');
  if (!existsSync(file)) return skips;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [name, ...reason] = line.split('#');
    if (name.trim()) skips.set(name.trim(), reason.join('#').trim() || 'no reason given');
  }
  return skips;
}

function run(rel: string): Promise<Outcome> {
  const file = path.join(ROOT, rel);
  return new Promise(resolve => {
    // Programs under device-exact/ expect the board's floats and heap (README, "Device-exact mode").
    const flags = rel.split(path.sep)[0] === 'device-exact' ? ['--device-exact'] : [];
    const child = spawn(process.execPath, [CLI, 'run', path.basename(file), ...flags], { cwd: path.dirname(file) });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (s: string) => { stdout += s; });
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, TIMEOUT_MS);
    child.on('error', err => { stderr += String(err); });
    child.on('close', status => { clearTimeout(timer); resolve({ stdout, stderr, status, timedOut }); });
  });
}

/** Runs the tests `limit` at a time; each result is a promise the subtest awaits in order. */
function runAll(names: string[], limit: number): Map<string, Promise<Outcome>> {
  const results = new Map<string, Promise<Outcome>>();
  let active = 0;
  const waiting: (() => void)[] = [];
  const slot = () => new Promise<void>(resolve => {
    if (active < limit) { active++; resolve(); } else waiting.push(() => { active++; resolve(); });
  });
  for (const name of names) {
    results.set(name, slot().then(() => run(name)).finally(() => { active--; waiting.shift()?.(); }));
  }
  return results;
}

const skips = readSkips();
// PYTHON_TESTS=basics/str runs only the programs whose path contains that text.
const only = process.env.PYTHON_TESTS;
const tests = findTests(ROOT).filter(name => !only || name.includes(only));
const results = runAll(tests.filter(name => !skips.has(name)), cpus().length);

for (const name of tests) {
  const skip = skips.get(name);
  if (skip !== undefined) {
    t.test(name, { skip }, () => {});
    continue;
  }
  t.test(name, async t => {
    const base = path.join(ROOT, name.slice(0, -3));
    const out = await results.get(name)!;
    const hasErr = existsSync(base + '.err');
    // One assertion per program, so that the pass/fail counts are counts of programs.
    t.strictSame(
      { stdout: out.stdout, stderr: out.stderr + (out.timedOut ? `[killed after ${TIMEOUT_MS / 1000} s]` : ''), status: out.status },
      { stdout: readFileSync(base + '.exp', 'utf8'), stderr: hasErr ? readFileSync(base + '.err', 'utf8') : '', status: hasErr ? 1 : 0 },
      hasErr ? 'stdout, stderr (.err) and exit status 1' : 'stdout (.exp), empty stderr and exit status 0',
    );
  });
}
