// The Python bindings of displayio, fontio, terminalio, vectorio and bitmaptools, driven by
// Python source: argument checks, CircuitPython's messages, subclassing, drawing end to end.
import t from 'tap';
import { displayObjectFor } from '../../../displayio/bindings/module';
import { None } from '../../../src/objects';
import { runPython } from '../../golden/displayio/python';

function py(src: string): string {
  const r = runPython(src);
  return r.error === null ? r.stdout : r.stdout + r.error;
}

/** Runs each line and prints the exception type and message it raises (or 'ok'). */
function errors(lines: string[], setup = ''): string[] {
  const src = `${setup}\n` + lines.map((l) => `try:\n    ${l}\n    print('ok')\nexcept Exception as e:\n    print(type(e).__name__ + ': ' + str(e))`).join('\n');
  return py(src).trimEnd().split('\n');
}

t.test('Bitmap: positional-only, ranges, indexing, fill', async t => {
  t.same(errors([
    'displayio.Bitmap(width=10, height=10, value_count=2)',
    'displayio.Bitmap(40000, 1, 2)',
    'displayio.Bitmap(1, 1, 0)',
    'b[16]',
    'b[-1]',
    'b[4, 0]',
    'b[0, 0, 0]',
    'b[0] = 4',
    'b[1:2]',
    'b[0] = None',
    'b[3] = 3',
  ], 'import displayio\nb = displayio.Bitmap(4, 4, 3)'), [
    "TypeError: function doesn't take keyword arguments",
    'ValueError: width must be 0-32767',
    'ValueError: value_count must be 1-65536',
    'IndexError: index must be 0-15',
    'IndexError: index must be 0-15',
    'IndexError: x must be 0-3',
    'ValueError: requested length 2 but object has length 3',
    'ValueError: value must be 0-3',
    'NotImplementedError: Slices not supported',
    'AttributeError: Cannot delete values',
    'ok',
  ]);
  t.equal(py('import displayio\nb = displayio.Bitmap(2, 2, 2)\nb.deinit()\ntry:\n    b[0]\nexcept ValueError as e:\n    print(e)'),
    'Object has been deinitialized and can no longer be used. Create a new object.\n');
  t.equal(py('import displayio\nb = displayio.Bitmap(4, 3, 17)\nb.fill(9)\nb[1, 2] = 200\nprint(b.width, b.height, b.bits_per_value, b[0], b[9])'),
    '4 3 8 9 200\n');
});

t.test('Palette: colour forms, errors, transparency', async t => {
  t.same(errors([
    'p[0] = 0x1000000',
    'p[0] = 1.5',
    'p[0] = b"\\x01\\x02"',
    'p[0] = (1, 2, 300)',
    'p[5] = 1',
    'p.make_transparent(-1)',
    'p.make_transparent("a")',
    'displayio.Palette(0)',
    'p[0:1]',
  ], 'import displayio\np = displayio.Palette(3)'), [
    'TypeError: color must be between 0x000000 and 0xffffff',
    'TypeError: color buffer must be a buffer, tuple, list, or int',
    'ValueError: color buffer must be 3 bytes (RGB) or 4 bytes (RGB + pad byte)',
    'ValueError: bytes value out of range',
    'IndexError: index out of range',
    'ValueError: palette_index must be 0-2',
    'TypeError: palette_index must be of type int, not str',
    'ValueError: color_count must be 1-32767',
    "TypeError: 'Palette' object isn't subscriptable",
  ]);
  t.equal(py([
    'import displayio',
    'p = displayio.Palette(3)',
    'p[0] = (1, 2, 3)', 'p[1] = bytearray(b"\\x10\\x20\\x30\\x00")', 'p[-1] = 0xABCDEF',
    'p.make_transparent(1)',
    'print(list(p), len(p), p.is_transparent(1), p.is_transparent(0), bool(displayio.Palette(1)))',
  ].join('\n')), '[66051, 1056816, 11259375] 3 True False True\n');
});

t.test('ColorConverter and Colorspace', async t => {
  t.equal(py([
    'import displayio',
    'c = displayio.ColorConverter(input_colorspace=displayio.Colorspace.RGB565)',
    'print(hex(c.convert(0xFFFF)), displayio.Colorspace.RGB565)',
    'c.make_transparent(0xF81F)',
    'print(c.convert(0xF81F))',
    'try:\n    c.make_transparent(1)\nexcept RuntimeError as e:\n    print(e)',
    'print(displayio.ColorConverter().convert(0xFF00FF) == 0xF81F)',
  ].join('\n')), '0xffff displayio.Colorspace.RGB565\n0\nOnly one color can be transparent at a time\nTrue\n');
});

t.test('TileGrid: arguments, indexing, properties', async t => {
  const setup = 'import displayio\nb = displayio.Bitmap(32, 16, 4)\np = displayio.Palette(4)\ntg = displayio.TileGrid(b, pixel_shader=p, width=3, height=2, tile_width=16, tile_height=8)';
  t.same(errors([
    'displayio.TileGrid(b, p)',
    'displayio.TileGrid(b)',
    'displayio.TileGrid(p, pixel_shader=p)',
    'displayio.TileGrid(b, pixel_shader=b)',
    'displayio.TileGrid(b, pixel_shader=p, tile_width=5)',
    'tg[6]',
    'tg[3, 0]',
    'tg[0] = 256',
    'tg[0] = 4',
    'tg[0] = None',
    'tg.contains((1, 2))',
    'tg.bitmap = displayio.Bitmap(16, 16, 2)',
    'tg[5] = 3',
  ], setup), [
    'TypeError: extra positional arguments given',
    "TypeError: 'pixel_shader' argument required",
    'TypeError: unsupported bitmap type',
    'TypeError: unsupported pixel_shader type',
    'ValueError: Tile width must exactly divide bitmap width',
    'IndexError: Tile index out of bounds',
    'IndexError: Tile index out of bounds',
    'ValueError: tile must be 0-255',
    'ValueError: Tile index out of bounds',
    "TypeError: 'TileGrid' object doesn't support item assignment",
    'ValueError: requested length 3 but object has length 2',
    'ValueError: New bitmap must be same size as old bitmap',
    'ok',
  ]);
  t.equal(py(`${setup}\ntg[5] = 2\ntg.x = 5\ntg.flip_x = True\nprint(tg[2, 1], tg[5], tg.width, tg.height, tg.tile_width, tg.x, tg.flip_x, tg.bitmap is b, tg.pixel_shader is p, tg.contains((6, 0, 0)))`),
    '2 2 3 2 16 5 True True True True\n');
});

t.test('Group: membership rules, list behaviour, sort', async t => {
  const setup = [
    'import displayio',
    'b = displayio.Bitmap(2, 2, 2); p = displayio.Palette(2)',
    'g = displayio.Group(); h = displayio.Group()',
    'a = displayio.TileGrid(b, pixel_shader=p); c = displayio.TileGrid(b, pixel_shader=p, x=3)',
    'g.append(a)',
  ].join('\n');
  t.same(errors([
    'displayio.Group(2)',
    'displayio.Group(scale=0)',
    'h.append(a)',
    'g.append(1)',
    'g.insert(5, c)',
    'g.remove(c)',
    'g[0] = g[0]',
    'g.pop(3)',
    'g[0:1]',
    'g.scale = 0',
    'displayio.CIRCUITPYTHON_TERMINAL.append(c)',
    'displayio.CIRCUITPYTHON_TERMINAL.x = 1',
  ], setup), [
    'TypeError: extra positional arguments given',
    'ValueError: scale must be 1-32767',
    'ValueError: Layer already in a group',
    'ValueError: Layer must be a Group or TileGrid subclass',
    'IndexError: index out of range',
    'ValueError: object not in sequence',
    'ValueError: Layer already in a group',
    'IndexError: index out of range',
    'NotImplementedError: Slices not supported',
    'ValueError: scale must be >= 1',
    'RuntimeError: Read-only',
    'RuntimeError: Read-only',
  ]);
  t.equal(py(`${setup}\nprint(bool(h), len(g))\ng.insert(0, c)\nprint(g.index(a), g[0] is c, a in g, [t.x for t in g])\ng.sort(key=lambda t: -t.x)\nprint([t.x for t in g])\nx = g.pop()\nprint(x is a, len(g), g[-1] is c)\nh.append(a)\nprint(len(displayio.CIRCUITPYTHON_TERMINAL))`),
    'False 1\n1 True True [3, 0]\n[3, 0]\nTrue 1 True\n3\n');
});

t.test('Python subclasses of Group and TileGrid work and must call super().__init__()', async t => {
  const out = py([
    'import displayio',
    'class Sprite(displayio.TileGrid):',
    '    def __init__(self, bmp, pal, speed):',
    '        super().__init__(bmp, pixel_shader=pal)',
    '        self.speed = speed',
    '    def step(self):',
    '        self.x += self.speed',
    'class Layer(displayio.Group):',
    '    def __init__(self):',
    '        super().__init__(scale=2)',
    '    def __len__(self):',
    '        return 99',
    'class Broken(displayio.Group):',
    '    def __init__(self):',
    '        pass',
    'b = displayio.Bitmap(2, 2, 2); p = displayio.Palette(2)',
    's = Sprite(b, p, 3)',
    'g = Layer()',
    'g.append(s)',
    's.step(); s.step()',
    'print(s.x, g[0] is s, type(g[0]).__name__, g.scale, len(g))',
    'try:\n    Broken().x\nexcept NotImplementedError as e:\n    print(e)',
    'root = displayio.Group()',
    'try:\n    root.append(Broken())\nexcept NotImplementedError as e:\n    print(e)',
  ].join('\n'));
  t.equal(out, '6 True Sprite 2 99\nCall super().__init__() before accessing native object.\nCall super().__init__() before accessing native object.\n');
});

t.test('board.DISPLAY: root_group, refresh, brightness, rotation, show', async t => {
  const r = runPython([
    'import board, displayio, time',
    'd = board.DISPLAY',
    'print(d.width, d.height, d.root_group is displayio.CIRCUITPYTHON_TERMINAL, d.auto_refresh)',
    'b = displayio.Bitmap(4, 4, 2); b.fill(1)',
    'p = displayio.Palette(2); p[1] = 0xFF0000',
    'g = displayio.Group()',
    'g.append(displayio.TileGrid(b, pixel_shader=p, x=2, y=3))',
    'd.root_group = g',
    'd.auto_refresh = False',
    'time.sleep(1)',  // code.py starts well after power-on on a real board
    'print(d.refresh(target_frames_per_second=30), d.refresh(target_frames_per_second=30))',
    'try:\n    d.root_group = 5\nexcept ValueError as e:\n    print(e)',
    'try:\n    d.brightness = 2\nexcept ValueError as e:\n    print(e)',
    'try:\n    d.show(g)\nexcept AttributeError as e:\n    print(e)',
    'd.brightness = 0.5',
    'print(d.brightness, d.root_group is g)',
    'd.refresh()',
  ].join('\n'));
  t.equal(r.error, null);
  t.equal(r.stdout, '160 128 True True\nTrue False\nMust be a Group subclass.\nbrightness must be 0-1\n.show(x) removed. Use .root_group = x\n0.5 True\n');
  t.equal(r.panel.pixels[3 * 160 + 2], 0xf800, 'drawn through the bindings');
});

t.test('OnDiskBitmap from the drive', async t => {
  const bmp = new Uint8Array([0x42, 0x4d, ...new Array(60).fill(0)]);
  // 2×1 24-bit file: header 40, data at 54, pixels (B,G,R) = blue, red, padded to 8 bytes.
  const v = new DataView(bmp.buffer);
  v.setUint32(10, 54, true); v.setUint32(14, 40, true); v.setInt32(18, 2, true); v.setInt32(22, 1, true);
  v.setUint16(26, 1, true); v.setUint16(28, 24, true);
  bmp.set([255, 0, 0, 0, 0, 255], 54);
  const r = runPython([
    'import displayio',
    'odb = displayio.OnDiskBitmap("/pic.bmp")',
    'print(odb.width, odb.height, type(odb.pixel_shader).__name__)',
    'with open("/pic.bmp", "rb") as f:\n    print(displayio.OnDiskBitmap(f).width)',
    'try:\n    displayio.OnDiskBitmap("/missing.bmp")\nexcept OSError as e:\n    print(e)',
    'try:\n    displayio.OnDiskBitmap(3)\nexcept TypeError as e:\n    print(e)',
  ].join('\n'), { 'pic.bmp': bmp });
  t.equal(r.stdout + (r.error ?? ''), '2 1 ColorConverter\n2\n[Errno 2] No such file/directory\nfile must be a file opened in byte mode\n');
});

t.test('fontio / terminalio', async t => {
  t.equal(py([
    'import terminalio, fontio, displayio',
    'f = terminalio.FONT',
    'g = f.get_glyph(ord("A"))',
    'print(f.get_bounding_box(), g.tile_index, g.width, g.shift_x, g[1], f.get_glyph(0xe9), f.bitmap.width)',
    'try:\n    f.get_glyph("A")\nexcept TypeError as e:\n    print(e)',
    'try:\n    f.bitmap[0] = 1\nexcept RuntimeError as e:\n    print(e)',
    'try:\n    fontio.BuiltinFont()\nexcept TypeError as e:\n    print(e)',
    'p = displayio.Palette(2)',
    'grid = displayio.TileGrid(f.bitmap, pixel_shader=p, width=8, height=2, tile_width=6, tile_height=12)',
    't = terminalio.Terminal(grid, f)',
    'print(t.write("Hi"), grid[0, 0], grid[1, 0])',
  ].join('\n')), '(6, 12) 33 6 6 33 None 570\ncodepoint must be of type int, not str\nRead-only\ncannot create \'BuiltinFont\' instances\n2 40 73\n');
});

t.test('vectorio: constructors, validation, setter quirks, contains', async t => {
  t.same(errors([
    'vectorio.Circle(radius=0, pixel_shader=p)',
    'vectorio.Circle(5)',
    'vectorio.Rectangle(pixel_shader=p, width=0, height=3)',
    'vectorio.Polygon(pixel_shader=p, points=((0, 0), (1, 1), (2, 0)))',
    'vectorio.Polygon(pixel_shader=p, points=[[0, 0], (1, 1), (2, 0)])',
    'vectorio.Polygon(pixel_shader=p, points=[(0, 0), (1, 1)])',
    'vectorio.Circle(pixel_shader=p, radius=3, x=40000)',
    'vectorio.Circle(pixel_shader=b, radius=3)',
  ], 'import vectorio, displayio\np = displayio.Palette(2)\nb = displayio.Bitmap(1, 1, 1)'), [
    'ValueError: radius must be >= 1',
    "TypeError: 'pixel_shader' argument required",
    'ValueError: width must be >= 1',
    'TypeError: points must be of type list, not tuple',
    'TypeError: point must be of type tuple, not list',
    'TypeError: Polygon needs at least 3 points',
    'ValueError: x must be -32768-32767',
    'TypeError: unsupported pixel_shader type',
  ]);
  t.equal(py([
    'import vectorio, displayio',
    'p = displayio.Palette(2)',
    'c = vectorio.Circle(pixel_shader=p, radius=2, x=10, y=10)',
    'c.radius = -5',
    'r = vectorio.Rectangle(pixel_shader=p, width=3, height=2)',
    'poly = vectorio.Polygon(pixel_shader=p, points=[(0, 0), (4, 0), (0, 4)], x=1)',
    'c.location = (20, 20)',
    'inside = c.contains(25, 20)',
    'g = displayio.Group(); h = displayio.Group()',
    'g.append(c); h.append(c)',  // 9.x: no single-parent check for shapes
    'print(c.radius, c.location, r.contains(2, 1), r.contains(3, 1), poly.points, inside, len(h))',
  ].join('\n')), '5 (20, 20) True False [(0, 0), (4, 0), (0, 4)] True 1\n');
});

t.test('bitmaptools: validation and drawing', async t => {
  const setup = 'import bitmaptools, displayio\nb = displayio.Bitmap(8, 8, 4)\ns = displayio.Bitmap(4, 4, 16)';
  t.same(errors([
    'bitmaptools.fill_region(b, 0, 0, 9, 2, 1)',
    'bitmaptools.fill_region(b, 0, 0, 2, 2, 16)',
    'bitmaptools.blit(b, s, 0, 0)',
    'bitmaptools.blit(b, b, -1, 0)',
    'bitmaptools.arrayblit(b, bytearray(4))',
    'bitmaptools.draw_polygon(b, bytes([0, 1]), bytes([0]), 1)',
    'bitmaptools.boundary_fill(b, 8, 0, 1)',
    'bitmaptools.boundary_fill(b, 0, 0, 1, None)',
    'bitmaptools.alphablend(b, b, s, displayio.Colorspace.L8)',
    'bitmaptools.dither(b, s, displayio.Colorspace.RGB565)',
    'bitmaptools.rotozoom(b, b, dest_clip0=5)',
    'bitmaptools.draw_circle(b, 9, 0, 2, 1)',
  ], setup), [
    'ValueError: x2 must be 0-8',
    'ValueError: out of range of target',
    'ValueError: source palette too large',
    'ValueError: x must be 0-8',
    "TypeError: 'y1' argument required",
    'ValueError: Coordinate arrays have different lengths',
    'ValueError: out of range of target',
    'TypeError: replaced_color_value must be of type int, not NoneType',
    'ValueError: Bitmap size and bits per value must match',
    'TypeError: bitmap sizes must match',
    'ValueError: clip point must be (x,y) tuple',
    'ValueError: x must be 0-8',
  ]);
  t.equal(py([
    setup,
    'bitmaptools.fill_region(b, 1, 1, 3, 3, 2)',
    'bitmaptools.draw_line(b, 0, 7, 7, 7, 3)',
    'bitmaptools.arrayblit(b, bytearray([5, 6, 7, 8]), 4, 0, 6, 2)',  // masked to 2 bits (value_count 4)
    'bitmaptools.draw_polygon(b, bytes([0, 2, 2]), bytes([4, 4, 6]), 1)',
    'rows = ["".join("%x" % b[x, y] for x in range(8)) for y in range(8)]',
    'print("\\n".join(rows))',
    'print(bitmaptools.BlendMode.Screen, bitmaptools.DitherAlgorithm.Atkinson)',
  ].join('\n')), [
    '00001200', '02203000', '02200000', '00000000', '11100000', '01100000', '00100000', '33333333',
    'bitmaptools.BlendMode.Screen bitmaptools.DitherAlgorithm.Atkinson', '',
  ].join('\n'));
});

t.test('fill_row renders one row big-endian and keeps uncovered pixels; release_displays', async t => {
  t.equal(py([
    'import displayio',
    'import board',
    'd = board.DISPLAY',
    'b = displayio.Bitmap(2, 1, 2); b[1] = 1',
    'p = displayio.Palette(2); p[1] = 0xFF0000; p.make_transparent(0)',
    'g = displayio.Group(); g.append(displayio.TileGrid(b, pixel_shader=p, x=1, y=5)); d.root_group = g',
    'row = bytearray(b"\\x12\\x34" * 160)',
    'd.fill_row(5, row)',
    'print(row[0:8].hex())',
    'try:\n    d.fill_row(5, bytearray(10))\nexcept ValueError as e:\n    print(e)',
  ].join('\n')), '12341234f8001234\nBuffer too small\n');
  const r = runPython('import displayio\ndisplayio.release_displays()');
  t.equal(displayObjectFor(r.rt), None, 'board.DISPLAY reads None afterwards');
  t.equal(r.rt.display.autoRefresh, false, 'and the display is no longer refreshed');
});
