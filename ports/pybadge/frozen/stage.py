# stage: tiles, sprites and text for 160x128 game screens, drawn by the native _stage module.
# Frozen into the PyBadge/PyGamer firmware (cpygame: ports/<board>/frozen/). Written for cpygame
# from the behaviour of python-ugame/circuitpython-stage; the font is derived from Terminus
# (SIL OFL 1.1, see assets/fonts/LICENSE) by displayio/_stage/make-font.py.
import time
import array
import struct

import _stage

FONT = (
    b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
    b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
    b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
    b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
    b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
    b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
    b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
    b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
    b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
    b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
    b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
    b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
    b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
    b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
    b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
    b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
    b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xc0\x01\xc0\x01\xc0\x01@\x00\xc0\x01\xc0\x01@\x00\x00\x00'
    b'p\x07p\x07\x10\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00p\x07\xfc\x1ft\x07\xfc\x1ft\x07p\x07\x10\x01\x00\x00'
    b'\xc0\x01\xf0\x07\xdc\x01\xf4\x07\xdc\x1d\xf4\x07\xd0\x01@\x00p\x1c\xdc\x1dD\x07\xc0\x1dpwp\x1d\x10\x04\x00\x00'
    b'\xc0\x01p\x07\xd0\x01\xf0\x1d\\\x07\xf4\x1dP\x04\x00\x00\xc0\x01\xc0\x01@\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
    b'\x00\x07\xc0\x01p\x00p\x00\xd0\x01@\x07\x00\x01\x00\x00p\x00\xd0\x01@\x07\x00\x07\xc0\x01p\x00\x10\x00\x00\x00'
    b'\x00\x00\xc0\x01\xfc\x1f\xd4\x05p\x07\x10\x01\x00\x00\x00\x00\x00\x00\xc0\x01\xfc\x1f\xd4\x05\xc0\x01@\x00\x00\x00\x00\x00'
    b'\x00\x00\x00\x00\x00\x00\x00\x00\xc0\x01\xc0\x01p\x00\x10\x00\x00\x00\x00\x00\xfc\x1fT\x05\x00\x00\x00\x00\x00\x00\x00\x00'
    b'\x00\x00\x00\x00\x00\x00\x00\x00\xc0\x01\xc0\x01@\x00\x00\x00\x00\x1c\x00\x07\xc0\x01\xc0\x01p\x00p\x00\x10\x00\x00\x00'
    b'\xf0\x07\\\x1f\xdc\x1d|\x1c\x1c\x1c\xf4\x07P\x01\x00\x00\xc0\x01\xf0\x01\xd0\x01\xc0\x01\xc0\x01\xf0\x07P\x01\x00\x00'
    b'\xf0\x07P\x1d\x00\x07\xc0\x01p\x00\xfc\x1fT\x05\x00\x00\xf0\x07P\x1d\xc0\x07@\x1d\x1c\x1c\xf4\x07P\x01\x00\x00'
    b'\x00\x1c\xc0\x1dp\x1c\x1c\x1c\xfc\x1fT\x1d\x00\x04\x00\x00\xfc\x1f\\\x05\xfc\x07T\x1d\x1c\x1c\xf4\x07P\x01\x00\x00'
    b'\xf0\x07\\\x01\xfc\x07\\\x1d\x1c\x1c\xf4\x07P\x01\x00\x00\xfc\x1fT\x1d\x00\x07\xc0\x01\xc0\x01\xc0\x01@\x00\x00\x00'
    b'\xf0\x07\\\x1d\xf4\x07\\\x1d\x1c\x1c\xf4\x07P\x01\x00\x00\xf0\x07\\\x1d\xf4\x1fP\x1d\x00\x1c\xf0\x07P\x01\x00\x00'
    b'\x00\x00\xc0\x01\xc0\x01@\x00\xc0\x01\xc0\x01@\x00\x00\x00\x00\x00\xc0\x01\xc0\x01@\x00\xc0\x01\xc0\x01p\x00\x10\x00'
    b'\x00\x00\xc0\x01p\x00\xd0\x01@\x07\x00\x1d\x00\x04\x00\x00\x00\x00\xfc\x1fT\x05\xfc\x1fT\x05\x00\x00\x00\x00\x00\x00'
    b'\x00\x00\x00\x07\x00\x1d\x00\x07\xc0\x01p\x00\x10\x00\x00\x00\xf0\x07\\\x1d\x04\x07\xc0\x01@\x00\xc0\x01@\x00\x00\x00'
    b'\xf0\x07\\\x1f\xdc\x1d\\\x1f\x1c\x05\xf4\x1fP\x05\x00\x00\xf0\x07\\\x1d\xfc\x1f\\\x1d\x1c\x1c\x1c\x1c\x04\x04\x00\x00'
    b'\xfc\x07\\\x1d\xfc\x07\\\x1d\x1c\x1c\xfc\x07T\x01\x00\x00\xf0\x07\\\x1d\x1c\x04\x1c\x00\x1c\x1c\xf4\x07P\x01\x00\x00'
    b'\xfc\x01\\\x07\x1c\x1d\x1c\x1c\x1c\x07\xfc\x01T\x00\x00\x00\xfc\x1f\\\x05\xfc\x07\\\x01\x1c\x00\xfc\x1fT\x05\x00\x00'
    b'\xfc\x1f\\\x05\xfc\x07\\\x01\x1c\x00\x1c\x00\x04\x00\x00\x00\xf0\x07\\\x1d\x1c\x04\xdc\x1f\\\x1d\xf4\x07P\x01\x00\x00'
    b'\x1c\x1c\xfc\x1f\\\x1d\x1c\x1c\x1c\x1c\x1c\x1c\x04\x04\x00\x00\xf0\x07\xd0\x01\xc0\x01\xc0\x01\xc0\x01\xf0\x07P\x01\x00\x00'
    b'\xc0\x1f@\x07\x00\x07\x1c\x07\x1c\x07\xf4\x01P\x00\x00\x00\x1c\x1c\xdc\x05|\x00\xdc\x01\\\x07\x1c\x1d\x04\x04\x00\x00'
    b'\x1c\x00\x1c\x00\x1c\x00\x1c\x00\x1c\x00\xfc\x1fT\x05\x00\x00\x1c\x1c|\x1f\xdc\x1d\\\x1c\x1c\x1c\x1c\x1c\x04\x04\x00\x00'
    b'\x1c\x1c|\x1c\xdc\x1d\\\x1f\x1c\x1d\x1c\x1c\x04\x04\x00\x00\xf0\x07\\\x1d\x1c\x1c\x1c\x1c\x1c\x1c\xf4\x07P\x01\x00\x00'
    b'\xfc\x07\\\x1d\xfc\x07\\\x01\x1c\x00\x1c\x00\x04\x00\x00\x00\xf0\x07\\\x1d\x1c\x1c\x1c\x1c\xdc\x1d\xf4\x07P\x1d\x00\x04'
    b'\xfc\x07\\\x1d\xfc\x07\xdc\x01\\\x07\x1c\x1d\x04\x04\x00\x00\xf0\x07\\\x01\xf4\x07P\x1d\x1c\x1c\xf4\x07P\x01\x00\x00'
    b'\xfc\x1f\xd4\x05\xc0\x01\xc0\x01\xc0\x01\xc0\x01@\x00\x00\x00\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\xf4\x07P\x01\x00\x00'
    b'\x1c\x1ct\x07p\x07p\x07\xd0\x01\xc0\x01@\x00\x00\x00\x1c\x1c\x1c\x1c\xdc\x1d\xdc\x1d|\x1f\x1c\x1d\x04\x04\x00\x00'
    b'\x1c\x1ct\x07\xd0\x01p\x07\x1c\x1d\x1c\x1c\x04\x04\x00\x00\x1c\x1ct\x07\xd0\x01\xc0\x01\xc0\x01\xc0\x01@\x00\x00\x00'
    b'\xfc\x1fT\x07\xc0\x01p\x00\x1c\x00\xfc\x1fT\x05\x00\x00\xf0\x07p\x01p\x00p\x00p\x00\xf0\x07P\x01\x00\x00'
    b'p\x00\xd0\x01@\x07\x00\x07\x00\x1d\x00\x1c\x00\x04\x00\x00\xf0\x07P\x07\x00\x07\x00\x07\x00\x07\xf0\x07P\x01\x00\x00'
    b'p\x07\x1c\x1d\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xfc\x1fT\x05'
    b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf0\x07P\x1d\xf0\x1f\\\x1d\xf4\x1fP\x05\x00\x00'
    b'\x1c\x00\xfc\x07\\\x1d\x1c\x1c\x1c\x1c\xfc\x07T\x01\x00\x00\x00\x00\xf0\x07\\\x1d\x1c\x04\x1c\x1c\xf4\x07P\x01\x00\x00'
    b'\x00\x1c\xf0\x1f\\\x1d\x1c\x1c\x1c\x1c\xf4\x1fP\x05\x00\x00\x00\x00\xf0\x07\\\x1d\xfc\x1f\\\x05\xf4\x1fP\x05\x00\x00'
    b'\x00\x1f\xc0\x05\xf0\x07\xd0\x01\xc0\x01\xc0\x01@\x00\x00\x00\x00\x00\xf0\x1f\\\x1d\x1c\x1c\x1c\x1c\xf4\x1fP\x1d\xf0\x07'
    b'\x1c\x00\xfc\x07\\\x1d\x1c\x1c\x1c\x1c\x1c\x1c\x04\x04\x00\x00\xc0\x01@\x00\xf0\x01\xd0\x01\xc0\x01\xf0\x07P\x01\x00\x00'
    b'\x00\x1c\x00\x04\x00\x1f\x00\x1d\x00\x1c\x00\x1cp\x1c\xd0\x07p\x00p\x1cp\x07\xf0\x01p\x07p\x1d\x10\x04\x00\x00'
    b'\xf0\x01\xd0\x01\xc0\x01\xc0\x01\xc0\x01\xf0\x07P\x01\x00\x00\x00\x00\xfc\x07\xdc\x1d\xdc\x1d\xdc\x1d\xdc\x1dD\x04\x00\x00'
    b'\x00\x00\xfc\x07\\\x1d\x1c\x1c\x1c\x1c\x1c\x1c\x04\x04\x00\x00\x00\x00\xf0\x07\\\x1d\x1c\x1c\x1c\x1c\xf4\x07P\x01\x00\x00'
    b'\x00\x00\xfc\x07\\\x1d\x1c\x1c\x1c\x1c\xfc\x07\\\x01\x1c\x00\x00\x00\xf0\x1f\\\x1d\x1c\x1c\x1c\x1c\xf4\x1fP\x1d\x00\x1c'
    b'\x00\x00\xdc\x1f|\x05\x1c\x00\x1c\x00\x1c\x00\x04\x00\x00\x00\x00\x00\xf0\x1f\\\x05\xf4\x07P\x1d\xfc\x07T\x01\x00\x00'
    b'\xc0\x01\xf0\x07\xd0\x01\xc0\x01\xc0\x01@\x1f\x00\x05\x00\x00\x00\x00\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\xf4\x1fP\x05\x00\x00'
    b'\x00\x00\x1c\x1ct\x07p\x07\xd0\x01\xc0\x01@\x00\x00\x00\x00\x00\x1c\x1c\xdc\x1d\xdc\x1d\xdc\x1d\xf4\x07P\x01\x00\x00'
    b'\x00\x00\x1c\x1ct\x07\xd0\x01p\x07\x1c\x1d\x04\x04\x00\x00\x00\x00\x1c\x1c\x1c\x1c\x1c\x1c\x1c\x1c\xf4\x1fP\x1d\xf0\x07'
    b'\x00\x00\xfc\x1f\xd4\x05p\x00\x1c\x00\xfc\x1fT\x05\x00\x00\x00\x1f\xc0\x05p\x00\xd0\x01\xc0\x01@\x1f\x00\x05\x00\x00'
    b'\xc0\x01\xc0\x01\xc0\x01\xc0\x01\xc0\x01\xc0\x01@\x00\x00\x00\xf0\x01P\x07\x00\x1d\x00\x07\x00\x07\xf0\x01P\x00\x00\x00'
    b'\x00\x00p\x1c\xdc\x1d\\\x07\x04\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'
)


def color565(r, g, b):
    """The RGB565 value of an 8-bit-per-channel colour (low bits dropped)."""
    return (r & 0xf8) << 8 | (g & 0xfc) << 3 | b >> 3


def _wire(c):
    # _stage wants each colour byte-swapped (it goes over the bus low byte first).
    return ((c << 8) | (c >> 8)) & 0xffff


# The text palette: 0 transparent (magenta is the transparent colour), 1 shadow, 2 grey,
# 3 ink; 4-7 the same for highlighted characters.
PALETTE = bytes(struct.pack('<8H', *(_wire(c) for c in (
    0xf81f, 0x0000, 0x8410, 0xffff, 0xf81f, 0x0010, 0xc618, 0xffe0)))) + bytes(16)


def collide(ax0, ay0, ax1, ay1, bx0, by0, bx1=None, by1=None):
    """Whether rectangle a overlaps rectangle b (or the point bx0, by0)."""
    if bx1 is None:
        bx1 = bx0
    if by1 is None:
        by1 = by0
    return not (ax1 < bx0 or ay1 < by0 or ax0 > bx1 or ay0 > by1)


def _le(data):
    return int.from_bytes(data, 'little')


class BMP16:
    """A 16-colour (4 bits per pixel) BMP file, read with open()."""

    def __init__(self, filename):
        self.filename = filename
        self.colors = 0

    def read_header(self):
        if self.colors:
            return
        with open(self.filename, 'rb') as f:
            head = f.read(54)
        self.data = _le(head[10:14])
        self.width = _le(head[18:22])
        self.height = _le(head[22:26])
        self.colors = _le(head[46:50])

    def read_palette(self):
        palette = array.array('H', [0] * 16)
        with open(self.filename, 'rb') as f:
            f.seek(self.data - self.colors * 4)
            for i in range(self.colors):
                bgra = f.read(4)
                palette[i] = _wire(color565(bgra[2], bgra[1], bgra[0]))
        return palette

    def read_data(self, buffer=None):
        row = self.width >> 1
        if buffer is None:
            buffer = bytearray(row * self.height)
        with open(self.filename, 'rb') as f:
            f.seek(self.data)
            # Rows are stored bottom-up.
            for y in range(self.height - 1, -1, -1):
                start = y * row
                buffer[start:start + row] = f.read(row)
        return buffer


class PNG16:
    """A 16-colour, 4-bit, non-interlaced PNG file without row filters."""

    def __init__(self, filename):
        self.filename = filename

    def read_header(self):
        with open(self.filename, 'rb') as f:
            if f.read(8) != b'\x89PNG\r\n\x1a\n':
                raise ValueError("Not PNG file")
            size, kind, self.width, self.height, depth, mode, _, _, interlace = struct.unpack(
                '>I4sIIBBBBB', f.read(21))
        if kind != b'IHDR' or depth != 4 or mode != 3 or interlace != 0:
            raise ValueError("16-color non-interaced PNG expected")

    def _chunks(self):
        with open(self.filename, 'rb') as f:
            f.seek(8)
            while True:
                size, kind = struct.unpack('>I4s', f.read(8))
                data = f.read(size)
                f.read(4)
                yield kind, data
                if kind == b'IEND':
                    return

    def read_palette(self):
        palette = array.array('H', [0] * 16)
        for kind, data in self._chunks():
            if kind == b'PLTE':
                for i in range(len(data) // 3):
                    palette[i] = _wire(color565(data[3 * i], data[3 * i + 1], data[3 * i + 2]))
                break
        return palette

    def read_data(self, buffer=None):
        import zlib
        packed = b''.join(data for kind, data in self._chunks() if kind == b'IDAT')
        raw = zlib.decompress(packed)
        row = self.width >> 1
        if buffer is None:
            buffer = bytearray(row * self.height)
        for y in range(self.height):
            src = y * (row + 1)
            buffer[y * row:(y + 1) * row] = raw[src + 1:src + 1 + row]
        return buffer


def _lzw_decode(data, min_size):
    """The pixel values of GIF image data (LZW codes, least significant bit first)."""
    clear = 1 << min_size
    first = [bytes((i,)) for i in range(clear)] + [b'', b'']
    table = list(first)
    size = min_size + 1
    prev = None
    out = bytearray()
    bits = 0
    count = 0
    pos = 0
    while True:
        while count < size:
            if pos >= len(data):
                return out
            bits |= data[pos] << count
            pos += 1
            count += 8
        code = bits & ((1 << size) - 1)
        bits >>= size
        count -= size
        if code == clear:
            table = list(first)
            size = min_size + 1
            prev = None
            continue
        if code == clear + 1:
            return out
        if code < len(table):
            entry = table[code]
            if prev is not None:
                table.append(prev + entry[:1])
        elif prev is not None:
            entry = prev + prev[:1]
            table.append(entry)
        else:
            raise ValueError("Bad GIF data")
        out.extend(entry)
        prev = entry
        if len(table) == 1 << size and size < 12:
            size += 1


class GIF16:
    """The first image of a GIF file with a global palette of at most 16 colours."""

    def __init__(self, filename):
        self.filename = filename

    def read_header(self):
        with open(self.filename, 'rb') as f:
            if f.read(6) not in (b'GIF87a', b'GIF89a'):
                raise ValueError("Not GIF file")
            self.width, self.height, flags, self.background, self.aspect = struct.unpack(
                '<HHBBB', f.read(7))
        self.palette_size = 1 << ((flags & 0x07) + 1)
        if not flags & 0x80:
            raise NotImplementedError()
        if self.palette_size > 16:
            raise ValueError("Too many colors (%d/16)." % self.palette_size)

    def read_palette(self):
        palette = array.array('H', [0] * 16)
        with open(self.filename, 'rb') as f:
            f.seek(13)
            for i in range(self.palette_size):
                rgb = f.read(3)
                palette[i] = _wire(color565(rgb[0], rgb[1], rgb[2]))
        return palette

    def read_data(self, buffer=None):
        row = (self.width + 1) >> 1
        if buffer is None:
            buffer = bytearray(row * self.height)
        with open(self.filename, 'rb') as f:
            f.seek(13 + self.palette_size * 3)
            while True:
                kind = f.read(1)[0]
                if kind == 0x2c:
                    break
                if kind == 0x21:
                    f.read(1)
                    while True:
                        n = f.read(1)[0]
                        if n == 0:
                            break
                        f.read(n)
                else:
                    raise NotImplementedError()
            x, y, w, h, flags = struct.unpack('<HHHHB', f.read(9))
            if flags & 0xc0 or (x, y, w, h) != (0, 0, self.width, self.height):
                raise NotImplementedError()
            min_size = f.read(1)[0]
            data = bytearray()
            while True:
                n = f.read(1)[0]
                if n == 0:
                    break
                data.extend(f.read(n))
        for i, v in enumerate(_lzw_decode(data, min_size)[:self.width * self.height]):
            py, px = divmod(i, self.width)
            j = py * row + (px >> 1)
            buffer[j] = (buffer[j] | v) if px & 1 else v << 4
        return buffer


class Bank:
    """16 tiles of 16x16 pixels in 16 colours (128 bytes each), and their palette."""

    def __init__(self, buffer=None, palette=None):
        self.buffer = buffer
        self.palette = palette

    @classmethod
    def from_bmp16(cls, filename):
        return cls.from_image(filename)

    @classmethod
    def from_image(cls, filename):
        name = filename.lower()
        if name.endswith('.gif'):
            image = GIF16(filename)
        elif name.endswith('.bmp'):
            image = BMP16(filename)
        elif name.endswith('.png'):
            image = PNG16(filename)
        else:
            raise ValueError("Unsupported format")
        image.read_header()
        if image.width != 16 or image.height != 256:
            raise ValueError("Image size not 16x256")
        palette = image.read_palette()
        return cls(image.read_data(), palette)


class Grid:
    """A layer of tiles from one bank, `width` x `height` of them, two tiles to a byte."""

    def __init__(self, bank, width=8, height=8, palette=None, buffer=None):
        self.x = 0
        self.y = 0
        self.z = 0
        self.width = width
        self.height = height
        self.stride = (width + 1) & 0xfe
        self.bank = bank
        self.palette = palette or bank.palette
        self.buffer = buffer or bytearray((self.stride * height) >> 1)
        self.layer = _stage.Layer(self.stride, self.height, self.bank.buffer,
                                  self.palette, self.buffer)

    def tile(self, x, y, tile=None):
        """The tile at (x, y), or sets it; outside the grid reads 0 and writes nothing."""
        if not (0 <= x < self.width and 0 <= y < self.height):
            return 0
        i = (y * self.stride + x) >> 1
        b = self.buffer[i]
        if tile is None:
            return b & 0x0f if x & 1 else b >> 4
        self.buffer[i] = (b & 0xf0 | tile) if x & 1 else (b & 0x0f | tile << 4)

    def move(self, x, y, z=None):
        self.x = x
        self.y = y
        if z is not None:
            self.z = z
        self.layer.move(int(x), int(y))


class WallGrid(Grid):
    """A grid half a tile up and left of another, picking tiles 0-15 from which of the four
    cells around each corner hold one of `walls`: smooth wall corners."""

    def __init__(self, grid, walls, bank, palette=None):
        super().__init__(bank, grid.width + 1, grid.height + 1, palette)
        self.grid = grid
        self.walls = walls
        self.update()
        self.move(self.x - 8, self.y - 8)

    def update(self):
        for y in range(self.height):
            for x in range(self.width):
                t = 0
                for bit, (dx, dy) in enumerate(((-1, -1), (0, -1), (-1, 0), (0, 0))):
                    if self.grid.tile(x + dx, y + dy) in self.walls:
                        t |= 1 << bit
                self.tile(x, y, t)


class Sprite:
    """One tile of a bank placed anywhere; rotation 0-3 turns it by 90 degrees clockwise steps,
    4-7 the same mirrored."""

    def __init__(self, bank, frame, x, y, z=0, rotation=0, palette=None):
        self.bank = bank
        self.palette = palette or bank.palette
        self.frame = frame
        self.rotation = rotation
        self.x = x
        self.y = y
        self.z = z
        self.layer = _stage.Layer(1, 1, self.bank.buffer, self.palette)
        self.layer.move(x, y)
        self.layer.frame(frame, rotation)
        # Where the sprite was last drawn, so that render_sprites clears it.
        self.px = x
        self.py = y

    def move(self, x, y, z=None):
        self.x = x
        self.y = y
        if z is not None:
            self.z = z
        self.layer.move(int(x), int(y))

    def set_frame(self, frame=None, rotation=None):
        if frame is not None:
            self.frame = frame
        if rotation is not None:
            self.rotation = rotation
        self.layer.frame(self.frame, self.rotation)

    def update(self):
        pass


class Text:
    """A layer of 8x8 characters."""

    def __init__(self, width, height, font=None, palette=None, buffer=None):
        self.width = width
        self.height = height
        self.font = font or FONT
        self.palette = palette or PALETTE
        self.buffer = buffer or bytearray(width * height)
        self.layer = _stage.Text(width, height, self.font, self.palette, self.buffer)
        self.column = 0
        self.row = 0
        self.x = 0
        self.y = 0
        self.z = 0

    def char(self, x, y, c=None, hightlight=False):
        if not (0 <= x < self.width and 0 <= y < self.height):
            return None
        i = y * self.width + x
        if c is None:
            return chr(self.buffer[i])
        code = ord(c)
        if hightlight:
            code |= 0x80
        self.buffer[i] = code

    def move(self, x, y, z=None):
        self.x = x
        self.y = y
        if z is not None:
            self.z = z
        self.layer.move(int(x), int(y))

    def cursor(self, x=None, y=None):
        # As in the original library, the row is clamped by the width and the column by the
        # height.
        if y is not None:
            self.row = min(max(0, y), self.width - 1)
        if x is not None:
            self.column = min(max(0, x), self.height - 1)

    def text(self, text, hightlight=False):
        """Writes at the cursor, wrapping; returns the pixel size of what was written."""
        longest = 0
        tallest = 0
        for c in text:
            if c != '\n':
                self.char(self.column, self.row, c, hightlight)
                self.column += 1
            if c == '\n' or self.column >= self.width:
                longest = max(longest, self.column)
                self.column = 0
                self.row += 1
                if self.row >= self.height:
                    tallest = max(tallest, self.row)
                    self.row = 0
        longest = max(longest, self.column)
        tallest = max(tallest, self.row) + (1 if self.column > 0 else 0)
        return longest * 8, tallest * 8

    def clear(self):
        for i in range(self.width * self.height):
            self.buffer[i] = 0


class Stage:
    """The screen: `layers` (first on top) drawn at `scale`, paced at `fps` by tick()."""
    buffer = bytearray(512)

    def __init__(self, display, fps=6, scale=None):
        self.scale = max(1, display.width // 128) if scale is None else scale
        self.layers = []
        self.display = display
        self.width = display.width // self.scale
        self.height = display.height // self.scale
        self.last_tick = time.monotonic()
        self.tick_delay = 1 / fps
        self.vx = 0
        self.vy = 0

    def tick(self):
        """Waits for the start of the next frame."""
        self.last_tick += self.tick_delay
        wait = max(0, self.last_tick - time.monotonic())
        if wait:
            time.sleep(wait)
        else:
            self.last_tick = time.monotonic()

    def render_block(self, x0=None, y0=None, x1=None, y1=None):
        """Redraws a rectangle of the screen (all of it by default)."""
        if x0 is None:
            x0 = self.vx
        if y0 is None:
            y0 = self.vy
        if x1 is None:
            x1 = self.width + self.vx
        if y1 is None:
            y1 = self.height + self.vy
        x0 = min(max(0, x0 - self.vx), self.width - 1)
        y0 = min(max(0, y0 - self.vy), self.height - 1)
        x1 = min(max(1, x1 - self.vx), self.width)
        y1 = min(max(1, y1 - self.vy), self.height)
        if x0 >= x1 or y0 >= y1:
            return
        layers = [l.layer for l in self.layers]
        _stage.render(x0, y0, x1, y1, layers, self.buffer, self.display,
                      self.scale, self.vx, self.vy)

    def render_sprites(self, sprites):
        """Redraws where each sprite was and where it is now."""
        layers = [l.layer for l in self.layers]
        for sprite in sprites:
            x = int(sprite.x) - self.vx
            y = int(sprite.y) - self.vy
            x0 = max(0, min(self.width - 1, min(sprite.px, x)))
            y0 = max(0, min(self.height - 1, min(sprite.py, y)))
            x1 = max(1, min(self.width, max(sprite.px, x) + 16))
            y1 = max(1, min(self.height, max(sprite.py, y) + 16))
            sprite.px = x
            sprite.py = y
            if x0 >= x1 or y0 >= y1:
                continue
            _stage.render(x0, y0, x1, y1, layers, self.buffer, self.display,
                          self.scale, self.vx, self.vy)
