// Speed of the whole: each shipped game runs headless for 3,000 frames (VM and compositor
// together) with its tests/play.input script, in a child process of its own so that peak memory
// is the game's. Prints frames per second and peak RSS; `--json FILE` writes the table.
//   node bench/games.mjs [--frames N] [--json FILE]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const frames = Number(args.includes('--frames') ? args[args.indexOf('--frames') + 1] : 3000);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;

// The child: one headless run through the library bundle, timed from the first line of code.py.
const child = `
const lib = require(${JSON.stringify(join(root, 'dist', 'index.js'))});
const fs = require('node:fs');
const [game, input, frames] = process.argv.slice(1);
const target = lib.resolveTarget(game);
const board = lib.boardFor(target, lib.parseRunOptions([]));
const script = input ? require(${JSON.stringify(join(root, 'dist', 'index.js'))}).parseInputScript(fs.readFileSync(input, 'utf8'), input) : null;
const start = process.hrtime.bigint();
const run = lib.runHeadless(target, board, { frames: Number(frames), script, stdout: () => {}, stderr: () => {} });
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
process.stdout.write(JSON.stringify({ frames: run.runtime.display.refreshCount, seconds, kind: run.result.kind, maxRSS: process.resourceUsage().maxRSS }));
`;

const games = readdirSync(join(root, 'games')).filter((g) => statSync(join(root, 'games', g)).isDirectory()).sort();
const rows = [];
for (const game of games) {
  const dir = join(root, 'games', game);
  const input = join(dir, 'tests', 'play.input');
  const r = spawnSync(process.execPath, ['-e', child, dir, existsSync(input) ? input : '', String(frames)], { encoding: 'utf8' });
  if (r.status !== 0) {
    rows.push({ game, error: (r.stderr || r.stdout).trim().split('\n').slice(-3).join(' / ') });
    continue;
  }
  const m = JSON.parse(r.stdout);
  rows.push({ game, frames: m.frames, seconds: m.seconds, fps: m.frames / m.seconds, peakMB: m.maxRSS / 1024, ended: m.kind });
}

console.log('game        frames   seconds   frames/s   peak MB');
for (const r of rows) {
  if (r.error) console.log(`${r.game.padEnd(10)}  FAILED: ${r.error}`);
  else console.log(`${r.game.padEnd(10)}  ${String(r.frames).padStart(6)}  ${r.seconds.toFixed(2).padStart(8)}  ${r.fps.toFixed(0).padStart(9)}  ${r.peakMB.toFixed(0).padStart(8)}`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 2));
process.exitCode = rows.some((r) => r.error) ? 1 : 0;
