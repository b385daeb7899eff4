# One line of text in the built-in terminalio font, drawn by a TileGrid over the font bitmap.
# A small stand-in for adafruit_display_text.label: fixed width in characters, no wrapping.
import displayio
import terminalio

FONT = terminalio.FONT
_tiles = {}


def _tile(ch):
    t = _tiles.get(ch)
    if t is None:
        glyph = FONT.get_glyph(ord(ch))
        t = glyph.tile_index if glyph else 0
        _tiles[ch] = t
    return t


class Text:
    """`width` characters of text at (x, y), drawn `scale` times larger.

    Append `text.group` to a displayio Group to show it.
    """

    def __init__(self, width, *, x=0, y=0, color=0xFFFFFF, scale=1, text=""):
        self.palette = displayio.Palette(2)
        self.palette.make_transparent(0)
        self.palette[1] = color
        self.width = width
        self.grid = displayio.TileGrid(FONT.bitmap, pixel_shader=self.palette,
                                       width=width, height=1, tile_width=6, tile_height=12)
        self.group = displayio.Group(scale=scale, x=x, y=y)
        self.group.append(self.grid)
        self._text = None
        self.text = text

    @property
    def text(self):
        return self._text

    @text.setter
    def text(self, value):
        if value == self._text:
            return
        self._text = value
        grid = self.grid
        n = len(value)
        for i in range(self.width):
            grid[i] = _tile(value[i]) if i < n else 0


def centered(text, scale=1, screen_width=160):
    """The x that centres `text` drawn at `scale` on the screen."""
    return (screen_width - len(text) * 6 * scale) // 2
