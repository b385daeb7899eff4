// The terminal backend: half-block rendering to ANSI text, raw key parsing, synthesised key
// releases, and one run in a real pseudo-terminal (util-linux `script`) when it is installed.
import t, { Test } from 'tap';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { FIRST_HOLD_MS, KeyHolds, parseKeys, REPEAT_HOLD_MS } from '../../../ports/backends/terminal/keys';
import { TerminalBackend } from '../../../ports/backends/terminal/terminal-backend';
import { HalfBlockRenderer, layoutFor, rgb } from '../../../ports/backends/terminal/render';

t.test('the panel shrinks by whole steps to fit the terminal and is centred', async t => {
  t.same(layoutFor(160, 128, 200, 80), { step: 1, columns: 160, rows: 64, left: 20, top: 0 });
  t.same(layoutFor(160, 128, 80, 24), { step: 3, columns: 54, rows: 22, left: 13, top: 0 });
  t.equal(layoutFor(160, 128, 160, 65).step, 1, 'one line is kept for the status');
  t.equal(layoutFor(160, 128, 160, 64).step, 2);
});

t.test('RGB565 expands by bit replication', async t => {
  t.equal(rgb(0xffff), '255;255;255');
  t.equal(rgb(0xf800), '255;0;0');
  t.equal(rgb(0x0841), '8;8;8');
});

t.test('the first frame draws every cell, an unchanged frame nothing, a change one cell', async t => {
  const r = new HalfBlockRenderer(4, 3);
  const px = new Uint16Array(12);
  px[0] = 0xf800; // upper pixel of cell (0,0)
  px[4] = 0x001f; // lower pixel of cell (0,0)
  const first = r.render(px, 10, 5);
  t.match(first, /^\x1b\[0m\x1b\[2J/, 'a new layout clears the screen');
  t.equal(first.split('▀').length - 1, 8, '4 columns × 2 rows (the odd last row has black below)');
  t.match(first, /\x1b\[1;4H\x1b\[38;2;255;0;0;48;2;0;0;255m▀/, 'centred at column 4, fg upper, bg lower');
  t.equal(r.render(px, 10, 5), '');
  px[8 + 2] = 0xffff; // row 2 is the upper half of cell row 1
  t.equal(r.render(px, 10, 5), '\x1b[2;6H\x1b[38;2;255;255;255;48;2;0;0;0m▀');
  t.match(r.render(px, 12, 5), /^\x1b\[0m\x1b\[2J/, 'a resize redraws everything');
});

t.test('neighbouring changed cells share cursor moves and colours', async t => {
  const r = new HalfBlockRenderer(3, 2);
  const out = r.render(new Uint16Array(6), 3, 2);
  t.equal(out, '\x1b[0m\x1b[2J\x1b[1;1H\x1b[38;2;0;0;0;48;2;0;0;0m▀▀▀');
});

t.test('the status line shows one dot per NeoPixel and is cut to the width', async t => {
  const r = new HalfBlockRenderer(4, 2);
  r.render(new Uint16Array(8), 10, 4);
  const s = r.status([0xff0000, 0x00ff00], 'hello world', 10);
  t.equal(s, '\x1b[2;1H\x1b[0m\x1b[2K\x1b[38;2;255;0;0m●\x1b[38;2;0;255;0m●\x1b[0m hello w');
  t.equal(r.status([0xff0000, 0x00ff00], 'hello world', 10), '', 'unchanged: nothing sent');
  t.not(r.status([0xff0000, 0], 'hello world', 10), '', 'a light changed');
  r.render(new Uint16Array(8), 11, 4);
  t.not(r.status([0xff0000, 0], 'hello world', 10), '', 'redrawn after a resize cleared the screen');
});

const keysOf = (input: string, enhanced = false) =>
  parseKeys(input, enhanced).strokes.map(k => (k.kind === 'tap' ? k.key : `${k.key}:${k.kind}`));

t.test('raw input splits into key names (taps: no release will follow)', async t => {
  t.same(keysOf('xZ\r\x7f\x03'), ['x', 'z', 'return', 'backspace', 'ctrl-c']);
  t.same(keysOf('\x1b[A\x1bOB\x1b[C\x1b[D'), ['up', 'down', 'right', 'left']);
  t.same(keysOf('\x1b[15~\x1b[24~'), ['f5', 'f12']);
  t.same(keysOf('\x1b'), ['escape']);
  t.same(keysOf('\x1b[17~x\x1bOPz'), ['x', 'z'], 'other function keys are skipped');
});

t.test('kitty keyboard protocol: presses, repeats, releases, Shift alone, the query answer', async t => {
  t.same(keysOf('\x1b[120u\x1b[120;1:2u\x1b[120;1:3u'), ['x:press', 'x:repeat', 'x:release'], 'CSI code;mods:event u');
  t.same(keysOf('\x1b[1;1:3A\x1b[15;1:3~'), ['up:release', 'f5:release']);
  t.same(keysOf('\x1b[57441u\x1b[57441;2:3u'), ['shift:press', 'shift:release']);
  t.same(keysOf('\x1b[13u\x1b[27u\x1b[127u\x1b[99;5u'), ['return:press', 'escape:press', 'backspace:press', 'ctrl-c:press']);
  t.same(keysOf('\x1b[A', true), ['up:press'], 'a plain sequence is a press once releases are reported');
  const answer = parseKeys('\x1b[?11u');
  t.same([answer.strokes, answer.reportsReleases], [[], true], 'the query answer is no key');
});

t.test('a tap is held for FIRST_HOLD_MS; a repeating key until REPEAT_HOLD_MS after the last repeat', async t => {
  const h = new KeyHolds();
  t.ok(h.press('x', 0));
  t.same(h.expire(FIRST_HOLD_MS - 1), []);
  t.same(h.expire(FIRST_HOLD_MS), ['x']);
  t.ok(h.press('up', 1000));
  t.notOk(h.press('up', 1500), 'an auto-repeat is not a new press');
  t.notOk(h.press('up', 1530));
  t.same(h.expire(1530 + REPEAT_HOLD_MS - 1), []);
  t.same(h.expire(1530 + REPEAT_HOLD_MS), ['up']);
});

/** A terminal backend reading a file as its stdin, with a clock the test sets. */
function fakeTerminal(t: Test) {
  const dir = mkdtempSync(join(tmpdir(), 'cpygame-keys-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const input = join(dir, 'stdin');
  writeFileSync(input, '');
  const clock = { now: 0 };
  let written = '';
  const tty = { isTTY: true, setRawMode() {}, pause() {} } as unknown as NodeJS.ReadStream;
  const out = { isTTY: true, write(s: string) { written += s; return true; }, getWindowSize: () => [80, 24] } as unknown as NodeJS.WriteStream;
  const backend = new TerminalBackend({ width: 16, height: 8, title: 't', ledCount: 0 },
    { stdin: tty, stdinFd: openSync(input, 'r'), stdout: out, now: () => clock.now });
  t.teardown(() => backend.close());
  const type = (text: string, at: number) => {
    appendFileSync(input, text);
    clock.now = at;
    return backend.pollInput().map(e => (e.kind === 'button' ? e.button + (e.pressed ? '+' : '-') : e.action));
  };
  return { type, written: () => written };
}

t.test('a plain terminal gets made-up releases', async t => {
  const term = fakeTerminal(t);
  t.same(term.type('x', 0), ['A+']);
  t.same(term.type('x', 300), [], 'an auto-repeat');
  t.same(term.type('', 300 + REPEAT_HOLD_MS), ['A-']);
  t.same(term.type('\x03', 400), ['interrupt'], 'Ctrl-C interrupts the program');
  t.match(term.written(), /\x1b\[>11u\x1b\[\?u/, 'asks for the kitty protocol at start');
});

t.test('a kitty-protocol terminal reports its own releases', async t => {
  const term = fakeTerminal(t);
  t.same(term.type('\x1b[?11u\x1b[57441u', 0), ['SELECT+'], 'Shift alone is Select');
  t.same(term.type('\x1b[A', 5000), ['UP+'], 'held as long as it is down, however long');
  t.same(term.type('\x1b[1;1:2A', 5100), []);
  t.same(term.type('\x1b[1;1:3A\x1b[57441;1:3u', 9000), ['UP-', 'SELECT-']);
  t.same(term.type('\x1b[27u', 9100), ['quit']);
});

t.test('in a pseudo-terminal: keys become events, Esc quits, the terminal is restored', async t => {
  if (spawnSync('script', ['--version']).status !== 0) {
    t.comment('skipped: util-linux `script` is not installed, so no pseudo-terminal');
    t.pass('skipped');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'cpygame-term-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const backend = resolve(__dirname, '../../../ports/backends/terminal/terminal-backend.ts');
  writeFileSync(join(dir, 'demo.ts'), `
    import { openTerminalBackend } from ${JSON.stringify(backend)};
    import { writeFileSync } from 'node:fs';
    const b = openTerminalBackend({ width: 160, height: 128, title: 'demo', ledCount: 5 });
    const px = new Uint16Array(160 * 128).fill(0xf800);
    b.present(px);
    writeFileSync(${JSON.stringify(join(dir, 'ready'))}, '');
    const log: string[] = [];
    const nap = new Int32Array(new SharedArrayBuffer(4));
    const start = Date.now();
    while (Date.now() - start < 5000 && !log.includes('quit')) {
      b.present(px);
      for (const e of b.pollInput()) log.push(e.kind === 'button' ? e.button + (e.pressed ? '+' : '-') : e.action);
      Atomics.wait(nap, 0, 0, 10);
    }
    b.close();
    console.log('EVENTS ' + log.join(' ') + ' RAW ' + process.stdin.isRaw);
  `);
  buildSync({ entryPoints: [join(dir, 'demo.ts')], bundle: true, platform: 'node', outfile: join(dir, 'demo.js'), logLevel: 'silent' });
  // Keys typed once the backend is up, with pauses as a person would: x is released 550 ms
  // later, before the arrow key (one escape sequence) arrives; Esc quits while Up is held.
  const typing = `while [ ! -e ${join(dir, 'ready')} ]; do sleep 0.05; done; sleep 0.1; printf x; sleep 1; ` +
    `printf '\\033[A'; sleep 0.2; printf '\\033'; sleep 1`;
  const r = spawnSync('sh', ['-c', `(${typing}) | script -qfec "stty cols 170 rows 70; node ${join(dir, 'demo.js')}" /dev/null`],
    { encoding: 'utf8', timeout: 20000 });
  const out = r.stdout;
  t.match(out, /EVENTS A\+ A- UP\+ quit RAW false/, 'x pressed and released, Up pressed, Esc quits');
  t.ok(out.indexOf('\x1b[?1049h') < out.indexOf('▀'), 'drawn on the alternate screen');
  t.ok(out.lastIndexOf('\x1b[?25h\x1b[?1049l') > out.lastIndexOf('▀'), 'cursor and main screen restored after the last frame');
  t.match(out, /\x1b\[38;2;255;0;0;48;2;255;0;0m▀/, 'red frame drawn in 24-bit colour');
});
