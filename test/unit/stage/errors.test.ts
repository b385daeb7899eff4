// Bad input to _stage and stage raises the firmware's exception types, never a JS error.
import t from 'tap';
import { BANK_COLORS, bankPixel, makeBMP, makeGIF, makePNG, runStage, testBank } from './helpers';

function lastLine(error: string | null): string {
  return error === null ? 'no error' : error.trim().split('\n').pop()!;
}

const cases: Array<[string, string, string]> = [
  ['graphic of the wrong size', '_stage.Layer(1, 1, bytearray(100), bytearray(32))', 'ValueError: graphic must be 2048 bytes long'],
  ['palette of the wrong size', '_stage.Layer(1, 1, bytearray(2048), bytearray(30))', 'ValueError: palette must be 32 bytes long'],
  ['map too small', '_stage.Layer(8, 8, bytearray(2048), bytearray(32), bytearray(31))', 'ValueError: map buffer too small'],
  ['font of the wrong size', '_stage.Text(2, 2, bytearray(10), bytearray(32), bytearray(4))', 'ValueError: font must be 2048 bytes long'],
  ['chars too small', '_stage.Text(2, 2, bytearray(2048), bytearray(32), bytearray(3))', 'ValueError: chars buffer too small'],
  ['a width that is not an int', '_stage.Layer("1", 1, bytearray(2048), bytearray(32))', "TypeError: can't convert str to int"],
  ['a graphic without the buffer protocol', '_stage.Layer(1, 1, [0] * 2048, bytearray(32))', 'TypeError: object with buffer protocol required'],
  ['render to something that is not a display', '_stage.render(0, 0, 1, 1, [], bytearray(512), None, 1, 0, 0)', 'TypeError: argument num/types mismatch'],
  ['render with layers that are not a list', '_stage.render(0, 0, 1, 1, 5, bytearray(512), board.DISPLAY, 1, 0, 0)', "TypeError: object 'int' isn't a tuple or list"],
  ['render without the viewport (9.x takes exactly ten arguments)', '_stage.render(0, 0, 1, 1, [], bytearray(512), board.DISPLAY, 1)', 'TypeError: function missing 2 required positional arguments'],
  ['render into bytes', '_stage.render(0, 0, 1, 1, [], b"12", board.DISPLAY, 1, 0, 0)', 'TypeError: object with buffer protocol required'],
  ['a bank image of the wrong size', 'stage.Bank.from_bmp16("small.bmp")', 'ValueError: Image size not 16x256'],
  ['a 256-colour bank image', 'stage.Bank.from_bmp16("colors256.bmp")', 'IndexError: array index out of range'],
  ['a bank image that is not BMP or PNG', 'stage.Bank.from_bmp16("bank.jpg")', 'ValueError: Unsupported format'],
];

const files = {
  'bank.bmp': testBank(),
  'small.bmp': makeBMP(16, 16, 4, [0, 0xffffff], () => 1),
  'colors256.bmp': makeBMP(16, 256, 8, Array.from({ length: 256 }, (_, i) => i * 0x010101), (x) => x),
};

for (const [what, code, expected] of cases) {
  t.test(what, async (t) => {
    const r = runStage(`import _stage, stage, board\n${code}\n`, files);
    t.equal(lastLine(r.error), expected);
  });
}

t.test('a missing bank image', async (t) => {
  const r = runStage('import stage\nstage.Bank.from_bmp16("nothere.bmp")\n', files);
  t.match(lastLine(r.error), /^OSError: \[Errno 2\]/);
});

t.test('no exception where the originals raise none', async (t) => {
  const r = runStage(`import stage, board
bank = stage.Bank.from_bmp16("bank.bmp")
grid = stage.Grid(bank, 4, 4)
print(grid.tile(-1, 0), grid.tile(4, 0), grid.tile(0, 99), grid.tile(0, 99, 5))
sprite = stage.Sprite(bank, 40, 0, 0)
sprite.set_frame(17, 9)
text = stage.Text(2, 1)
print(text.char(5, 5), text.char(-1, 0, "a"))
game = stage.Stage(board.DISPLAY, 10)
game.layers = [sprite, text, grid]
game.render_block()
game.render_block(200, 200, 300, 300)
game.render_sprites([sprite])
print("ok")
`, files);
  t.equal(r.error, null);
  t.equal(r.stdout, '0 0 0 0\nNone None\nok\n');
});

t.test('a bank from GIF and PNG files reads as from the BMP', async (t) => {
  const r = runStage(`import stage
a = stage.Bank.from_bmp16("bank.bmp")
for name in ("bank.gif", "BANK.PNG"):
    b = stage.Bank.from_image(name)
    print(name, bytes(b.buffer) == bytes(a.buffer), list(b.palette) == list(a.palette))
`, {
    ...files,
    'bank.gif': makeGIF(16, 256, BANK_COLORS, bankPixel),
    'BANK.PNG': makePNG(16, 256, BANK_COLORS, bankPixel),
  });
  t.equal(r.error, null, r.stdout);
  t.equal(r.stdout, 'bank.gif True True\nBANK.PNG True True\n');
});
