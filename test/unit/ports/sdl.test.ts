// The SDL window backend: the window picture (panel + NeoPixel strip) without SDL, then a real
// window under Xvfb — keys injected with xdotool, the screen compared pixel by pixel. The Xvfb
// part skips, saying why, when Xvfb, xdotool, ImageMagick or the @kmamal/sdl build is missing.
import t from 'tap';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { composeWindowFrame, expandToRgb24, fitInteger, rgb888To565, STRIP_HEIGHT } from '../../../ports/backends/sdl/compose';

const ROOT = resolve(__dirname, '../../..');

t.test('colours convert to RGB565 by truncation', async t => {
  t.equal(rgb888To565(0xffffff), 0xffff);
  t.equal(rgb888To565(0xff0000), 0xf800);
  t.equal(rgb888To565(0x07030f), 0x0001);
});

t.test('the window picture is the panel with the lights in a strip under it', async t => {
  const w = 40, h = 8;
  const panel = new Uint16Array(w * h).fill(0x1234);
  const out = new Uint16Array(w * (h + STRIP_HEIGHT));
  composeWindowFrame(panel, w, h, [0xff0000, 0, 0x0000ff, 0x00ff00], out);
  t.ok(out.subarray(0, w * h).every(p => p === 0x1234), 'panel copied unchanged');
  const cy = h + STRIP_HEIGHT / 2;
  t.equal(out[cy * w + 5], 0xf800, 'first light centred in its quarter, red');
  t.equal(out[cy * w + 25], 0x001f, 'third light blue');
  t.not(out[cy * w + 15], 0, 'an unlit light is drawn dim, not black');
  t.equal(out[(h + 1) * w + 0], out[(h + 1) * w + 20], 'strip corners are background');
  t.not(out[(h + 1) * w + 0], out[cy * w + 15]);
});

t.test('RGB565 expands to RGB24 by bit replication, as screenshots do', async t => {
  const out = new Uint8Array(9);
  expandToRgb24(new Uint16Array([0xffff, 0x2104, 0xf800]), out);
  t.same([...out], [255, 255, 255, 33, 32, 33, 255, 0, 0]);
});

t.test('the picture keeps a whole scale in any window size, centred', async t => {
  t.same(fitInteger(160, 144, 640, 576), { x: 0, y: 0, width: 640, height: 576 });
  t.same(fitInteger(160, 144, 700, 600), { x: 30, y: 12, width: 640, height: 576 });
  t.same(fitInteger(160, 144, 100, 100), { x: -30, y: -22, width: 160, height: 144 });
});

function sdlMissing(): string | null {
  const load = spawnSync(process.execPath, ['-e', "require('@kmamal/sdl')"], { cwd: ROOT, encoding: 'utf8' });
  if (load.status !== 0) return `@kmamal/sdl cannot be loaded: ${load.stderr.trim().split('\n').find(l => l.startsWith('Error')) ?? 'unknown error'}`;
  return null;
}

function missing(): string | null {
  for (const tool of ['Xvfb', 'xdotool', 'import']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) {
      return `${tool} is not installed (apt-get install xvfb xdotool imagemagick)`;
    }
  }
  return sdlMissing();
}

/** Bundles a small program that drives the backend (the native package stays external). */
function bundle(dir: string, name: string, source: string): string {
  writeFileSync(join(dir, `${name}.ts`), source);
  buildSync({ entryPoints: [join(dir, `${name}.ts`)], bundle: true, platform: 'node', external: ['@kmamal/sdl'],
    outfile: join(dir, `${name}.js`), logLevel: 'silent' });
  return join(dir, `${name}.js`);
}

function waitFor(child: ChildProcess, pattern: RegExp, ms: number): Promise<string> {
  return new Promise((res, rej) => {
    let seen = '';
    const timer = setTimeout(() => rej(new Error(`timed out waiting for ${pattern}; got: ${seen}`)), ms);
    child.stdout?.on('data', (d: Buffer) => {
      seen += d.toString();
      const m = pattern.exec(seen);
      if (m) {
        clearTimeout(timer);
        res(m[1] ?? m[0]);
      }
    });
  });
}

const sh = (cmd: string, env: NodeJS.ProcessEnv) => spawnSync('sh', ['-c', cmd], { env, encoding: 'utf8' }).stdout.trim();

t.test('under Xvfb: the window shows the frame exactly and keys arrive as button events', async t => {
  const why = missing();
  if (why) {
    t.comment(`skipped: ${why}`);
    t.pass('skipped');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'cpygame-sdl-'));
  const children: ChildProcess[] = [];
  t.teardown(() => {
    for (const c of children) c.kill();
    rmSync(dir, { recursive: true, force: true });
  });
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '800x700x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(xvfb);
  const display = `:${(await waitFor(xvfb, /^(\d+)\n/m, 10000)).trim()}`;
  // The bundled demo lives in a temporary folder: NODE_PATH lets it find the project's @kmamal/sdl.
  const env = { ...process.env, NODE_PATH: join(ROOT, 'node_modules'), DISPLAY: display, SDL_VIDEODRIVER: 'x11', SDL_RENDER_DRIVER: 'software', SDL_AUDIODRIVER: 'dummy' };

  const W = 160, H = 128, SCALE = 2;
  const backend = resolve(ROOT, 'ports/backends/sdl/sdl-backend.ts');
  const demo = bundle(dir, 'demo', `
    import { openSdlBackend } from ${JSON.stringify(backend)};
    const b = openSdlBackend({ width: ${W}, height: ${H}, title: 'cpygame-sdl-test', ledCount: 5, scale: ${SCALE} });
    const px = new Uint16Array(${W * H});
    for (let y = 0; y < ${H}; y++) for (let x = 0; x < ${W}; x++) px[y * ${W} + x] = ((x >> 3) << 11) | ((y >> 1) << 5) | ((x + y) & 31);
    b.setLeds([0xff0000, 0x00ff00, 0x0000ff, 0, 0xffffff]);
    const nap = new Int32Array(new SharedArrayBuffer(4));
    const start = Date.now();
    let quit = false;
    console.log('READY');
    while (!quit && Date.now() - start < 30000) {
      b.present(px);
      for (const e of b.pollInput()) {
        console.log('EVENT ' + (e.kind === 'button' ? e.button + (e.pressed ? '+' : '-') : e.action));
        quit = quit || e.kind === 'action';
      }
      Atomics.wait(nap, 0, 0, 16);
    }
    b.close();
    console.log('CLOSED');
  `);
  const game = spawn(process.execPath, [demo], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(game);
  let log = '';
  game.stdout?.on('data', (d: Buffer) => { log += d.toString(); });
  await waitFor(game, /READY/, 15000);
  await new Promise(r => setTimeout(r, 700));

  const wid = sh('xdotool search --name cpygame-sdl-test | head -1', env);
  t.ok(wid, 'the window exists, titled with the game name');
  const geometry = sh(`xdotool getwindowgeometry ${wid}`, env);
  const [, wx, wy] = /Position: (\d+),(\d+)/.exec(geometry) ?? [];
  t.match(geometry, new RegExp(`Geometry: ${W * SCALE}x${(H + 16) * SCALE}`), 'scaled window with the light strip');

  spawnSync('import', ['-window', 'root', join(dir, 'shot.png')], { env });
  const { PNG } = require('pngjs') as { PNG: { sync: { read(b: Buffer): { width: number; data: Buffer } } } };
  const shot = PNG.sync.read(readFileSync(join(dir, 'shot.png')));
  let wrong = 0;
  const expand = (v: number, bits: number) => (v << (8 - bits)) | (v >> (2 * bits - 8));
  for (let y = 0; y < H * SCALE; y++) {
    for (let x = 0; x < W * SCALE; x++) {
      const px = Math.floor(x / SCALE), py = Math.floor(y / SCALE);
      const p = ((px >> 3) << 11) | ((py >> 1) << 5) | ((px + py) & 31);
      const o = ((Number(wy) + y) * shot.width + Number(wx) + x) * 4;
      const want = [expand(p >> 11, 5), expand((p >> 5) & 63, 6), expand(p & 31, 5)];
      if (shot.data[o] !== want[0] || shot.data[o + 1] !== want[1] || shot.data[o + 2] !== want[2]) {
        if (!wrong) t.comment(`first difference at ${x},${y}: screen ${[...shot.data.subarray(o, o + 3)]}, frame ${want}`);
        wrong++;
      }
    }
  }
  t.equal(wrong, 0, `all ${W * H * SCALE * SCALE} panel pixels on screen match the frame`);
  const lightAt = (i: number) => {
    const o = ((Number(wy) + (H + 8) * SCALE) * shot.width + Number(wx) + Math.floor((i + 0.5) * W / 5) * SCALE) * 4;
    return [...shot.data.subarray(o, o + 3)];
  };
  t.same([lightAt(0), lightAt(2), lightAt(4)], [[255, 0, 0], [0, 0, 255], [255, 255, 255]], 'NeoPixels drawn under the panel');

  sh(`xdotool windowfocus ${wid}; xdotool key x; sleep 0.1; xdotool keydown Up; sleep 0.1; xdotool keyup Up; xdotool key shift; xdotool key Escape`, env);
  await waitFor(game, /CLOSED/, 10000);
  t.match(log, /EVENT A\+\nEVENT A-\nEVENT UP\+\nEVENT UP-\nEVENT SELECT\+\nEVENT SELECT-\nEVENT quit\n/);
});

t.test('queued samples reach the audio device unchanged (SDL disk driver)', async t => {
  const why = sdlMissing();
  if (why) {
    t.comment(`skipped: ${why}`);
    t.pass('skipped');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'cpygame-sdl-audio-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const backend = resolve(ROOT, 'ports/backends/sdl/sdl-backend.ts');
  const program = bundle(dir, 'audio', `
    import { openSdlBackend } from ${JSON.stringify(backend)};
    const b = openSdlBackend({ width: 16, height: 16, title: 'audio', ledCount: 0, scale: 1 });
    const samples = new Int16Array(4000).map((_, i) => (i * 37) % 20000 - 10000);
    b.queueAudio(samples.subarray(0, 1500), 16000);
    b.queueAudio(samples.subarray(1500), 16000);
    const nap = new Int32Array(new SharedArrayBuffer(4));
    // The disk driver plays in real time: wait until all 8000 bytes are out (a loaded machine is slow).
    const out = process.env.SDL_DISKAUDIOFILE as string;
    const { existsSync, statSync } = require('node:fs');
    // The device may play some silence before the first block arrives: allow 1 s of it.
    for (let i = 0; i < 250 && !(existsSync(out) && statSync(out).size >= 8000 + 32000); i++) { b.pollInput(); Atomics.wait(nap, 0, 0, 20); }
    b.close();
  `);
  const raw = join(dir, 'out.raw');
  const r = spawnSync(process.execPath, [program], { cwd: ROOT, encoding: 'utf8', timeout: 20000,
    env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules'), SDL_VIDEODRIVER: 'dummy', SDL_AUDIODRIVER: 'disk', SDL_DISKAUDIOFILE: raw } });
  t.equal(r.status, 0, r.stderr);
  const bytes = readFileSync(raw);
  const all = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
  const start = all.findIndex((v) => v !== 0); // leading silence played before the first block
  const played = all.subarray(start, start + 4000);
  const want = new Int16Array(4000).map((_, i) => (i * 37) % 20000 - 10000);
  t.same([...played], [...want], 'both queued blocks, in order, as signed 16-bit mono');
});
