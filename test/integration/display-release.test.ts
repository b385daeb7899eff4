// displayio.release_displays() and displays made by the program (fourwire.FourWire +
// busdisplay.BusDisplay) on a headless PyBadge, run in this process through the built library:
// the program's output, where expected from the references (display-rendering.md §1–5,
// displayio-objects.md release_displays(), boards-pybadge-pygamer.md), and the panel's pixels.
import t from 'tap';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const lib = require(path.join(root, 'dist', 'index.js'));

interface Run {
  stdout: string;
  stderr: string;
  kind: string;
  pixels: Uint16Array;
  frame: number;
  display: { rotation: number; brightness: number; autoRefresh: boolean; rootGroup: unknown; refreshCount: number };
  consoleGroup: unknown;
  consoleColumns: number;
  consoleRows: number;
}

/** Runs code.py (plus other drive files) headless on a PyBadge; `frames` stops an endless program. */
function run(code: string, files: Record<string, string> = {}, frames?: number): Run {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpygame-release-'));
  fs.writeFileSync(path.join(dir, 'code.py'), code);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const target = lib.resolveTarget(dir);
  const board = lib.boardFor(target, lib.parseRunOptions([]));
  let stdout = '', stderr = '', frame = 0;
  const r = lib.runHeadless(target, board, {
    frames,
    stdout: (s: string) => { stdout += s; },
    stderr: (s: string) => { stderr += s; },
    captureFrames: { has: () => true },
    onCapture: (f: number) => { frame = f; },
  });
  const rt = r.runtime;
  return {
    stdout, stderr, kind: r.result.kind, pixels: rt.display.panel.pixels, frame, display: rt.display,
    consoleGroup: rt.console.group, consoleColumns: rt.console.scrollArea.widthInTiles,
    consoleRows: rt.console.scrollArea.heightInTiles,
  };
}

const W = 160;
const GREEN = 0x07e0;

/** Number of lit pixels in the panel rectangle [x0, x1) × [y0, y1). */
function lit(pixels: Uint16Array, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (pixels[y * W + x] !== 0) n++;
  return n;
}

/** A line and a bus on the panel: what a program builds after release_displays(). */
const NEW_DISPLAY = [
  'import board, busio, displayio, fourwire, busdisplay',
  'displayio.release_displays()',
  'spi = busio.SPI(board.TFT_SCK, MOSI=board.TFT_MOSI)',
  'bus = fourwire.FourWire(spi, command=board.TFT_DC, chip_select=board.TFT_CS, reset=board.TFT_RST)',
].join('\n');

function tryLine(expr: string): string {
  return `try:\n    ${expr}\nexcept Exception as e:\n    print(type(e).__name__, e)\n`;
}

t.test('release_displays: board.DISPLAY is None to modules imported before and after', async (t) => {
  const r = run([
    'import board, displayio',
    'import before',
    'displayio.release_displays()',
    'import after',
    'print(board.DISPLAY, before.D, after.D)',
    'print(before.D is after.D, repr(board.DISPLAY))',
    tryLine('board.DISPLAY.width'),
  ].join('\n'), {
    'before.py': 'import board\nD = board.DISPLAY\n',
    'after.py': 'import board\nD = board.DISPLAY\n',
  });
  t.equal(r.stderr, '');
  t.equal(r.stdout, [
    'None None None',
    'True None',
    "AttributeError 'NoneType' object has no attribute 'width'",
    '',
  ].join('\n'));
});

t.test('a released display raises AttributeError on every use, as the None it became', async (t) => {
  const r = run([
    'import board, displayio',
    'd = board.DISPLAY',
    'displayio.release_displays()',
    tryLine('d.brightness'),
    tryLine('d.brightness = 0.5'),
    tryLine('d.root_group = displayio.Group()'),
    tryLine('d.refresh()'),
    tryLine('d.rotation = 90'),
    'displayio.release_displays()',
    'print("released twice")',
  ].join('\n'));
  t.equal(r.stdout, [
    "AttributeError 'NoneType' object has no attribute 'brightness'",
    "AttributeError 'NoneType' object has no attribute 'brightness'",
    "AttributeError 'NoneType' object has no attribute 'root_group'",
    "AttributeError 'NoneType' object has no attribute 'refresh'",
    "AttributeError 'NoneType' object has no attribute 'rotation'",
    'released twice',
    '',
  ].join('\n'));
});

t.test('FourWire + BusDisplay build a display on the panel; board.DISPLAY becomes it', async (t) => {
  const r = run([
    'import board, displayio, fourwire, busdisplay',
    'old = board.DISPLAY',
    'displayio.release_displays()',
    'bus = fourwire.FourWire(board.SPI(), command=board.TFT_DC, chip_select=board.TFT_CS, reset=board.TFT_RST)',
    'd = busdisplay.BusDisplay(bus, b"\\x01\\x80\\x96\\x29\\x00", width=128, height=160, rotation=270)',
    'print(d.width, d.height, d.rotation, d.auto_refresh, d.bus is bus)',
    'print(d is board.DISPLAY, old is d, repr(d))',
    'print(displayio.Display is busdisplay.BusDisplay, displayio.FourWire is fourwire.FourWire)',
    'print(hasattr(displayio, "EPaperDisplay"), hasattr(displayio, "I2CDisplay"))',
    'print(bus.reset(), bus.send(0x2c, b"\\x00\\x00"))',
  ].join('\n'));
  t.equal(r.stderr, '');
  t.equal(r.stdout, [
    '128 160 270 True True',
    'True True <BusDisplay>',
    'True True',
    'False False',
    'None None',
    '',
  ].join('\n'));
  t.equal(r.display.rotation, 270, 'the session shows the new display');
});

t.test('a size that is not the 160x128 panel is refused; rotation must be a multiple of 90', async (t) => {
  const r = run([
    NEW_DISPLAY,
    tryLine('busdisplay.BusDisplay(bus, b"", width=160, height=128, rotation=45)'),
    tryLine('busdisplay.BusDisplay(bus, b"", width=128, height=160, rotation=0)'),
    tryLine('busdisplay.BusDisplay(bus, "text", width=160, height=128)'),
    tryLine('busdisplay.BusDisplay(None, b"", width=160, height=128)'),
  ].join('\n'));
  t.equal(r.stdout, [
    'ValueError Display rotation must be in 90 degree increments',
    "ValueError cpygame's panel is 160x128: width, height must be 160, 128 at rotation 0",
    'TypeError object with buffer protocol required',
    'ValueError Unsupported display bus type',
    '',
  ].join('\n'));
});

t.test('brightness: 0.0 and not adjustable without a backlight pin; adjustable with TFT_LITE', async (t) => {
  const none = run([
    NEW_DISPLAY,
    'd = busdisplay.BusDisplay(bus, b"", width=160, height=128)',
    'print(d.brightness)',
    tryLine('d.brightness = 0.5'),
  ].join('\n'));
  t.equal(none.stdout, '0.0\nRuntimeError Brightness not adjustable\n');
  const lite = run([
    NEW_DISPLAY,
    'import digitalio',
    'd = busdisplay.BusDisplay(bus, b"", width=160, height=128, backlight_pin=board.TFT_LITE, brightness=0.25)',
    'print(d.brightness)',
    'd.brightness = 0.75',
    'print(d.brightness)',
    tryLine('digitalio.DigitalInOut(board.TFT_LITE)'),
  ].join('\n'));
  t.equal(lite.stdout, '0.25\n0.75\nValueError TFT_LITE in use\n');
});

t.test('one display and one bus: "Too many displays", "Too many display busses"', async (t) => {
  const r = run([
    'import board, busio, displayio, fourwire, busdisplay',
    tryLine('busdisplay.BusDisplay(None, b"", width=160, height=128)'),
    tryLine('fourwire.FourWire(board.SPI(), command=board.D5, chip_select=board.D6)'),
    'displayio.release_displays()',
    'bus = fourwire.FourWire(board.SPI(), command=board.TFT_DC, chip_select=board.TFT_CS)',
    tryLine('fourwire.FourWire(board.SPI(), command=board.D5, chip_select=board.D6)'),
    'd = busdisplay.BusDisplay(bus, b"", width=160, height=128)',
    tryLine('busdisplay.BusDisplay(bus, b"", width=160, height=128)'),
    tryLine('bus.reset()'),
    'displayio.release_displays()',
    tryLine('bus.reset()'),
    'print(bus)',
  ].join('\n'));
  t.equal(r.stdout, [
    'RuntimeError Too many displays',
    'RuntimeError Too many display busses; forgot displayio.release_displays() ?',
    'RuntimeError Too many display busses; forgot displayio.release_displays() ?',
    'RuntimeError Too many displays',
    'RuntimeError No reset pin',
    "AttributeError 'NoneType' object has no attribute 'reset'",
    'None',
    '',
  ].join('\n'));
});

t.test('pins: the display holds its pins until released, then a new display claims them', async (t) => {
  const r = run([
    'import board, busio, digitalio, displayio, fourwire',
    tryLine('busio.SPI(board.TFT_SCK, MOSI=board.TFT_MOSI)'),
    tryLine('digitalio.DigitalInOut(board.TFT_LITE)'),
    tryLine('fourwire.FourWire(board.SPI(), command=board.TFT_DC, chip_select=board.TFT_CS)'),
    'displayio.release_displays()',
    'cs = digitalio.DigitalInOut(board.TFT_CS)',
    tryLine('fourwire.FourWire(board.SPI(), command=board.TFT_DC, chip_select=board.TFT_CS)'),
    'cs.deinit()',
    'bus = fourwire.FourWire(board.SPI(), command=board.TFT_DC, chip_select=board.TFT_CS, reset=board.TFT_RST)',
    tryLine('digitalio.DigitalInOut(board.TFT_CS)'),
    tryLine('digitalio.DigitalInOut(board.TFT_RST)'),
    'displayio.release_displays()',
    'digitalio.DigitalInOut(board.TFT_RST)',
    'print("free again")',
  ].join('\n'));
  t.equal(r.stdout, [
    'ValueError TFT_SCK in use',
    'ValueError TFT_LITE in use',
    'ValueError TFT_CS in use',
    'ValueError TFT_CS in use',
    'ValueError TFT_CS in use',
    'ValueError TFT_RST in use',
    'free again',
    '',
  ].join('\n'));
});

t.test('rotation lays the console out again for the new width and height', async (t) => {
  const r = run('import board\nprint("before")\nboard.DISPLAY.rotation = 90\nprint("after")\n');
  // 128 px / 6 px glyphs = 21 columns; 160 px / 12 px = 13 rows, one of them the status bar.
  t.equal(r.consoleColumns, 21);
  t.equal(r.consoleRows, 12);
  t.equal(r.display.rotation, 90, 'rotation is kept when code.py ends');
  // The logo, logical top-left, lands at the panel's top-right at rotation 90.
  t.ok(lit(r.pixels, W - 12, 0, W, 12) > 20, 'logo at the top-right of the panel');
  const flat = run('import board\nprint("before")\n');
  t.equal(flat.consoleColumns, 26);
  t.equal(flat.consoleRows, 9);
  t.ok(lit(flat.pixels, 0, 0, 12, 12) > 20, 'logo at the top-left without rotation');
});

t.test('after code.py: a released display keeps its last picture and nothing is redrawn', async (t) => {
  const r = run([
    'import board, displayio, time',
    'b = displayio.Bitmap(160, 128, 2)',
    'p = displayio.Palette(2)',
    'p[1] = 0x00ff00',
    'for x in range(40, 120):\n    b[x, 60] = 1',
    'g = displayio.Group()',
    'g.append(displayio.TileGrid(b, pixel_shader=p))',
    'board.DISPLAY.root_group = g',
    'time.sleep(0.1)',
    'displayio.release_displays()',
    'g.y = 10',
    'print("not on the screen")',
    'time.sleep(0.1)',
  ].join('\n'));
  t.equal(r.kind, 'done');
  t.equal(r.pixels[60 * W + 40], GREEN, 'the line drawn before the release');
  t.equal(r.pixels[70 * W + 40], 0, 'the move after it never drawn');
  t.equal(lit(r.pixels, 0, 0, W, 128), 80, 'no console');
  t.equal(r.display.autoRefresh, false);
});

t.test('after code.py: a display the program made shows the console, auto-refreshing, rotation kept', async (t) => {
  const r = run([
    NEW_DISPLAY,
    'd = busdisplay.BusDisplay(bus, b"", width=160, height=128, rotation=180, auto_refresh=False)',
    'd.root_group = displayio.Group()',
    'd.refresh()',
    'print("the end")',
  ].join('\n'));
  t.equal(r.kind, 'done');
  t.equal(r.display.autoRefresh, true);
  t.equal(r.display.rotation, 180);
  t.equal(r.display.rootGroup, r.consoleGroup);
  t.ok(lit(r.pixels, W - 12, 116, W, 128) > 20, 'the logo, upside down at the bottom-right');
});

t.test('after code.py: the built-in display keeps rotation and brightness, the console returns', async (t) => {
  const r = run([
    'import board, displayio',
    'board.DISPLAY.rotation = 180',
    'board.DISPLAY.brightness = 0.5',
    'board.DISPLAY.auto_refresh = False',
    'board.DISPLAY.root_group = displayio.Group()',
  ].join('\n'));
  t.equal(r.display.rotation, 180);
  t.equal(r.display.brightness, 0.5);
  t.equal(r.display.autoRefresh, true);
  t.equal(r.display.rootGroup, r.consoleGroup);
});

t.test('frames go on counting through a release and a new display', async (t) => {
  const idle = run('import displayio, time\ndisplayio.release_displays()\nwhile True:\n    time.sleep(0.01)\n', {}, 30);
  t.equal(idle.kind, 'stopped', 'a frame limit stops a program with no display');
  t.equal(idle.frame, 30);
  const made = run([
    'import time',
    'time.sleep(0.2)',
    NEW_DISPLAY,
    'd = busdisplay.BusDisplay(bus, b"", width=160, height=128)',
    'while True:\n    time.sleep(0.01)',
  ].join('\n'), {}, 40);
  t.equal(made.kind, 'stopped', 'the new display refreshes and counts on');
  t.equal(made.frame, 40);
});

t.test('ugame makes its own display: no backlight pin, TFT_LITE driven high', async (t) => {
  const r = run([
    'import board, ugame',
    'print(ugame.display is board.DISPLAY, ugame.display.auto_refresh, ugame.display.brightness)',
    tryLine('ugame.display.brightness = 1.0'),
    'print(ugame._backlight.value, ugame.display.width, ugame.display.height)',
  ].join('\n'));
  t.equal(r.stdout, 'True False 0.0\nRuntimeError Brightness not adjustable\nTrue 160 128\n');
});
