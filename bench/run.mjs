// Runs every bench/*.py under python3 and under cpygame, checks that both print the same,
// and reports whole-process wall time, peak memory and the cpygame/CPython ratio (README.md).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH_DIR);
const TIMEOUT_S = 120;

// Node's spawnSync gives no resource usage of the child, so a tiny python3 helper forks the
// program, waits for it with wait4() and writes "<wall s> <maxrss KiB> <exit code>" to fd 3.
// ru_maxrss is a maximum, so the helper's own pre-exec RSS (~9 MB) only sets a floor.
const MEASURE = `
import os, signal, sys, time
argv = sys.argv[2:]
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.close(3)
    try:
        os.execvp(argv[0], argv)
    except OSError as e:
        os.write(2, ("cannot run %s: %s\\n" % (argv[0], e)).encode())
        os._exit(127)
timed_out = []
def on_alarm(signum, frame):
    timed_out.append(1)
    os.kill(pid, signal.SIGKILL)
signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(int(sys.argv[1]))
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - t0
code = -999 if timed_out else os.waitstatus_to_exitcode(status)
os.write(3, ("%.6f %d %d\\n" % (wall, usage.ru_maxrss, code)).encode())
`;

function parseArgs(argv) {
  const opts = { runs: 3, only: null, json: null, cpygameCmd: ['node', join(ROOT, 'bin/cpygame.js'), 'run'] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--runs') {
      opts.runs = Number(value());
      if (!Number.isInteger(opts.runs) || opts.runs < 1) usage('--runs must be a positive integer');
    } else if (a === '--only') opts.only = value().split(',');
    else if (a === '--json') opts.json = value();
    // Undocumented: another command in place of cpygame (e.g. "python3" to test this runner).
    else if (a === '--cpygame-cmd') opts.cpygameCmd = value().split(' ').filter(Boolean);
    else if (a === '--help' || a === '-h') usage(null);
    else usage(`unknown option ${a}`);
  }
  return opts;
}

function usage(error) {
  if (error) process.stderr.write(`bench: ${error}\n`);
  process.stdout.write('usage: node bench/run.mjs [--runs N] [--only NAME[,NAME…]] [--json FILE]\n');
  process.exit(error ? 2 : 0);
}

/** Runs one command once; returns wall seconds, peak MB, exit code and its output. */
function measure(cmd) {
  const r = spawnSync('python3', ['-c', MEASURE, String(TIMEOUT_S), ...cmd], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  const [wall, rssKiB, code] = (r.output[3] || '').trim().split(' ').map(Number);
  if (r.error || wall === undefined || Number.isNaN(wall)) {
    throw new Error(`bench: could not measure ${cmd.join(' ')}: ${r.error?.message ?? r.stderr}`);
  }
  return { wall, peakMB: rssKiB / 1024, code, stdout: r.stdout, stderr: r.stderr };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Why a cpygame run does not count, or null when it matches CPython's output. */
function failure(run, expected) {
  if (run.code === -999) return `timed out after ${TIMEOUT_S} s`;
  if (run.code !== 0) {
    const tail = run.stderr.trim().split('\n').slice(-3).join(' | ');
    return `exit code ${run.code}${tail ? `: ${tail}` : ''}`;
  }
  if (run.stdout === expected) return null;
  const got = run.stdout.split('\n');
  const want = expected.split('\n');
  let i = 0;
  while (i < want.length && got[i] === want[i]) i++;
  return `output differs at line ${i + 1}: expected ${JSON.stringify(want[i] ?? '<end>')}, got ${JSON.stringify(got[i] ?? '<end>')}`;
}

function benchmark(name, file, opts) {
  const py = [];
  const cp = [];
  let error = null;
  for (let i = 0; i < opts.runs; i++) {
    // Alternate the two interpreters so that a change in machine load hits both alike.
    const p = measure(['python3', file]);
    if (p.code !== 0) return { name, error: `python3 failed: exit code ${p.code}: ${p.stderr.trim().split('\n').pop()}` };
    py.push(p);
    if (error) continue;
    const c = measure([...opts.cpygameCmd, file]);
    error = failure(c, py[0].stdout);
    if (!error) cp.push(c);
  }
  const pySeconds = median(py.map((r) => r.wall));
  const result = { name, pySeconds, pyPeakMB: median(py.map((r) => r.peakMB)) };
  if (error) return { ...result, error };
  const cpSeconds = median(cp.map((r) => r.wall));
  return { ...result, cpSeconds, cpPeakMB: median(cp.map((r) => r.peakMB)), ratio: cpSeconds / pySeconds };
}

function startup(opts) {
  const dir = mkdtempSync(join(tmpdir(), 'cpygame-bench-'));
  const empty = join(dir, 'empty.py');
  writeFileSync(empty, '');
  try {
    return benchmark('(start-up: empty program)', empty, opts);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (x, digits) => (x === undefined ? '-' : x.toFixed(digits));

function printTable(rows, geomean) {
  const header = ['benchmark', 'CPython s', 'cpygame s', 'ratio', 'CPython MB', 'cpygame MB'];
  const lines = rows.map((r) => [r.name, fmt(r.pySeconds, 3), fmt(r.cpSeconds, 3), fmt(r.ratio, 2),
    fmt(r.pyPeakMB, 1), fmt(r.cpPeakMB, 1)]);
  lines.push(['geometric mean', '', '', fmt(geomean, 2), '', '']);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(row(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(row(l));
  for (const r of rows) if (r.error) console.log(`FAILED ${r.name}: ${r.error}`);
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  let names = readdirSync(BENCH_DIR).filter((f) => f.endsWith('.py')).map((f) => basename(f, '.py')).sort();
  if (opts.only) {
    const unknown = opts.only.filter((n) => !names.includes(n));
    if (unknown.length) usage(`no benchmark named ${unknown.join(', ')} (have: ${names.join(', ')})`);
    names = names.filter((n) => opts.only.includes(n));
  }
  const rows = [startup(opts)];
  for (const name of names) {
    process.stderr.write(`bench: ${name}…\n`);
    rows.push(benchmark(name, join(BENCH_DIR, `${name}.py`), opts));
  }
  const ratios = rows.slice(1).filter((r) => r.ratio !== undefined).map((r) => r.ratio);
  const geomean = ratios.length ? Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length) : undefined;
  printTable(rows, geomean);
  if (opts.json) {
    const report = { date: new Date().toISOString(), node: process.version, runs: opts.runs,
      cpygame: opts.cpygameCmd.join(' '), startup: rows[0], benchmarks: rows.slice(1), geomean: geomean ?? null };
    writeFileSync(opts.json, JSON.stringify(report, null, 2) + '\n');
  }
  process.exitCode = rows.some((r) => r.error) ? 1 : 0;
}

main();
