// The modules a CircuitPython program imports beyond the core: their plain-TS parts on their
// own, then the bindings through small Python programs on a headless PyBadge.
import t from 'tap';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { call } from '../../../src/objects';
import { TypedBuffer } from '../../../src/modules/array/typed-buffer';
import { Lis3dh } from '../../../src/modules/busio/lis3dh';
import { boardObjects } from '../../../src/modules/busio/module';
import { Pixels, parseByteOrder } from '../../../src/modules/adafruit_pixelbuf/pixels';
import { ledColors } from '../../../src/modules/neopixel_write/module';
import { RegexSyntaxError, translate } from '../../../src/modules/re/translate';
import { newRuntime, runPy } from './helpers';

t.test('TypedBuffer: items wrap to their width and pack little-endian', async (t) => {
  const b = new TypedBuffer('h');
  b.push(1); b.push(-2); b.push(40000);
  t.same([b.get(0), b.get(1), b.get(2)], [1, -2, 40000 - 65536]);
  t.same(Array.from(b.data()), [1, 0, 0xfe, 0xff, 0x40, 0x9c]);
  b.splice(1, 2, [7, 8, 9]);
  t.same(Array.from({ length: b.length }, (_, i) => b.get(i)), [1, 7, 8, 9, 40000 - 65536]);
  const q = new TypedBuffer('Q');
  q.push(2n ** 64n - 1n);
  t.equal(q.get(0), 2n ** 64n - 1n);
});

t.test('re translation: the accepted subset and what the board rejects', async (t) => {
  t.same(translate('(a|b)+(?:cd)*.$'), { source: '(a|b)+(?:cd)*[^\\n]$', groups: 1 });
  t.equal(translate('a{2}').source, 'a\\{2\\}', 'braces are plain characters');
  for (const bad of ['(?P<x>a)', '(?=a)', '(a)\\1', '(a', 'a)', '*', '[ab', '\\A']) {
    let err: unknown = null;
    try { translate(bad); } catch (e) { err = e; }
    t.ok(err instanceof RegexSyntaxError, bad);
  }
});

t.test('LIS3DH: WHO_AM_I, auto-increment and 1 g on Z at the chosen range', async (t) => {
  const chip = new Lis3dh();
  chip.write(Uint8Array.of(0x0f));
  t.same(Array.from(chip.read(1)), [0x33]);
  chip.write(Uint8Array.of(0x23, 0x20));
  chip.write(Uint8Array.of(0xa8));
  const out = chip.read(6);
  const z = new DataView(out.buffer).getInt16(4, true);
  t.equal(z, 4096, '±8 g: 4096 counts per g');
  t.same(Array.from(out.subarray(0, 4)), [0, 0, 0, 0]);
});

t.test('Pixels: byte order, brightness scaling, header and trailer', async (t) => {
  const order = parseByteOrder('GRB')!;
  const p = new Pixels(2, order, Uint8Array.of(0xaa), Uint8Array.of(0xbb));
  p.set(0, [255, 128, 2]);
  p.brightness = 0.5;
  t.same(Array.from(p.frame()), [0xaa, 64, 127, 1, 0, 0, 0, 0xbb]);
  t.equal(parseByteOrder('RGBX'), null);
  t.equal(parseByteOrder('RRB'), null);
});

t.test('neopixel_write: a PixelBuf subclass lights the board LEDs that ledColors reports', async (t) => {
  const r = runPy([
    'import board, digitalio, adafruit_pixelbuf',
    'from neopixel_write import neopixel_write',
    'class Strip(adafruit_pixelbuf.PixelBuf):',
    '    def __init__(self, pin, n):',
    '        super().__init__(n, byteorder="GRB", brightness=1.0, auto_write=True)',
    '        self.pin = digitalio.DigitalInOut(pin)',
    '        self.pin.switch_to_output()',
    '    def _transmit(self, buf):',
    '        neopixel_write(self.pin, buf)',
    's = Strip(board.NEOPIXEL, 5)',
    's[0] = 0xff0000',
    's[4] = (1, 2, 3)',
    's.brightness = 0.5',
    'print(s[0], s[4], len(s))',
  ].join('\n'));
  t.equal(r.error, null);
  t.equal(r.stdout, '(255, 0, 0) (1, 2, 3) 5\n');
  t.same(ledColors(r.rt), [[127, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 1, 1]]);
});

t.test('ledColors: all off before the program writes', async (t) => {
  const { rt } = newRuntime();
  t.same(ledColors(rt), [[0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0]]);
});

t.test('busio.I2C: scan, locking and register reads through writeto_then_readfrom', async (t) => {
  const r = runPy([
    'import board, busio',
    'i2c = busio.I2C(board.SCL, board.SDA)',
    'try:',
    '    i2c.scan()',
    'except RuntimeError as e:',
    '    print(e)',
    'print(i2c.try_lock(), i2c.try_lock())',
    'print(i2c.scan())',
    'b = bytearray(1)',
    'i2c.writeto_then_readfrom(0x19, bytes([0x0f]), b)',
    'print(hex(b[0]))',
    'try:',
    '    i2c.writeto(0x42, b"x")',
    'except OSError as e:',
    '    print(e.errno)',
    'i2c.unlock()',
    'try:',
    '    busio.I2C(board.SCL, board.SDA)',
    'except ValueError as e:',
    '    print(e)',
  ].join('\n'));
  t.equal(r.error, null);
  t.equal(r.stdout, 'Function requires lock\nTrue False\n[25]\n0x33\n19\nSCL in use\n');
});

t.test('boardObjects: board.I2C() and STEMMA_I2C() are one shared bus; SPI and UART exist', async (t) => {
  const { rt } = newRuntime();
  const objs = boardObjects(rt);
  t.same(Object.keys(objs).sort(), ['I2C', 'SPI', 'STEMMA_I2C', 'UART']);
  const a = call(objs.I2C, []);
  t.equal(call(objs.I2C, []), a);
  t.equal(call(objs.STEMMA_I2C, []), a);
  t.equal(call(objs.SPI, []), call(objs.SPI, []));
});

t.test('pwmio: a duty cycle on the speaker pin plays a tone; 0 stops it', async (t) => {
  const r = runPy([
    'import board, pwmio',
    'p = pwmio.PWMOut(board.SPEAKER, frequency=440, duty_cycle=32768)',
  ].join('\n'));
  t.equal(r.error, null);
  t.equal(r.rt.audio.playing, true);
  const r2 = runPy('import board, pwmio\np = pwmio.PWMOut(board.SPEAKER, frequency=440)\n');
  t.equal(r2.rt.audio.playing, false);
});

t.test('array: the buffer protocol (struct, bytes, file writes) sees the packed items', async (t) => {
  const r = runPy([
    'import struct',
    'from array import array',
    'a = array("h", [1, -1])',
    'print(struct.unpack("<2h", a), bytes(a), a.typecode, a.itemsize)',
    'with open("/a.bin", "wb") as f:',
    '    f.write(a)',
    'print(open("/a.bin", "rb").read())',
  ].join('\n'));
  t.equal(r.error, null);
  t.equal(r.stdout, "(1, -1) b'\\x01\\x00\\xff\\xff' h 2\nb'\\x01\\x00\\xff\\xff'\n");
});

t.test('json: separators, and ValueError for broken text', async (t) => {
  const r = runPy([
    'import json',
    'print(json.dumps({"a": [1, 2]}, separators=(",", ":")))',
    'print(json.dumps("é\\x01"))',
    'for bad in ("[1,]", "{\\"a\\" 1}", "tru", "1 2", ""):',
    '    try:',
    '        json.loads(bad)',
    '    except ValueError as e:',
    '        print(e)',
  ].join('\n'));
  t.equal(r.error, null);
  t.equal(r.stdout, '{"a":[1,2]}\n"é\\u0001"\n' + 'syntax error in JSON\n'.repeat(5));
});

t.test('rainbowio.colorwheel: the integer wheel the board computes', async (t) => {
  const r = runPy('from rainbowio import colorwheel\nprint([colorwheel(n) for n in (0, 42.7, 85, 170, 255, 256, 300)])');
  t.equal(r.error, null);
  t.equal(r.stdout, '[16711680, 8355840, 65280, 255, 16711680, 16711680, 8094720]\n');
});

t.test('zlib, msgpack, traceback and warnings through Python', async (t) => {
  const r = runPy([
    'import zlib, msgpack, io, traceback, warnings',
    "print(zlib.decompress(b'x\\x9c\\xcbH\\xcd\\xc9\\xc9\\x07\\x00\\x06,\\x02\\x15'))",
    "print(zlib.decompress(b'\\xcbH\\xcd\\xc9\\xc9\\x07\\x00', -15))",
    'try:',
    "    zlib.decompress(b'junk')",
    'except ValueError as e:',
    '    print(repr(e))',
    'b = io.BytesIO()',
    "msgpack.pack({'k': [1, -300, 2 ** 40, None, True, b'\\x00']}, b)",
    'b.seek(0)',
    'print(msgpack.unpack(b))',
    'def f():',
    "    raise KeyError('x')",
    'try:',
    '    f()',
    'except KeyError as e:',
    '    print(traceback.format_exception(e)[0].splitlines())',
    "warnings.warn('careful')",
  ].join('\n'));
  t.equal(r.error, null);
  t.equal(r.stdout, [
    "b'hello'", "b'hello'", 'ValueError(-3)',
    "{'k': [1, -300, 1099511627776, None, True, b'\\x00']}",
    `['Traceback (most recent call last):', '  File "code.py", line 15, in <module>', '  File "code.py", line 13, in f', "KeyError: 'x'"]`,
    'Warning: careful', '',
  ].join('\n'));
});

t.test('select.poll: waiting with nothing ready sleeps the board clock', async (t) => {
  const r = runPy([
    'import select, time',
    'p = select.poll()',
    't0 = time.monotonic()',
    'print(p.poll(50), round(time.monotonic() - t0, 2))',
    'p.register(1, select.POLLOUT)',
    'print(list(p.ipoll(0)))',
  ].join('\n'));
  t.equal(r.error, null);
  t.equal(r.stdout, '[] 0.05\n[(1, 4)]\n');
});

// Adafruit's asyncio is not part of cpygame: point CPYGAME_ASYNCIO_LIB at a folder holding its
// asyncio/ package and adafruit_ticks.py to run this one.
const asyncioLib = process.env.CPYGAME_ASYNCIO_LIB;
t.test('Adafruit asyncio: tasks, sleep, gather, Event, wait_for and cancel', { skip: asyncioLib && existsSync(asyncioLib) ? false : 'CPYGAME_ASYNCIO_LIB not set' }, async (t) => {
  const files: Record<string, string> = {};
  const copy = (rel: string) => { files[`lib/${rel}`] = readFileSync(join(asyncioLib!, rel), 'utf8'); };
  copy('adafruit_ticks.py');
  for (const f of readdirSync(join(asyncioLib!, 'asyncio'))) if (f.endsWith('.py')) copy(`asyncio/${f}`);
  const r = runPy(readFileSync(join(__dirname, 'fixtures', 'asyncio_tasks.py'), 'utf8'), files);
  t.equal(r.error, null);
  t.equal(r.stdout, "['aaa', 'bb', 'event']\n['wait', 'a0', 'b0', 'a1', 'b1', 'a2', 'woken']\nTrue\ntimeout\ncancelled\ndone\n");
});
