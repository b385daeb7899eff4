# Loads a small uncompressed 4- or 8-bit indexed BMP into a displayio Bitmap and Palette,
# so the game draws from RAM instead of reading the file at every refresh (OnDiskBitmap).
import struct
import displayio


def load(path):
    with open(path, "rb") as f:
        head = f.read(54)
        if head[:2] != b"BM":
            raise ValueError("not a BMP: " + path)
        offset = struct.unpack_from("<I", head, 10)[0]
        header_size, width, height, _, bpp, compression = struct.unpack_from("<IiiHHI", head, 14)
        colors = struct.unpack_from("<I", head, 46)[0] or (1 << bpp)
        if compression != 0 or bpp not in (4, 8) or height < 0:
            raise ValueError("unsupported BMP: " + path)
        f.seek(14 + header_size)
        raw = f.read(4 * colors)
        palette = displayio.Palette(colors)
        for i in range(colors):
            b, g, r = raw[4 * i], raw[4 * i + 1], raw[4 * i + 2]
            palette[i] = (r << 16) | (g << 8) | b
        bitmap = displayio.Bitmap(width, height, colors)
        stride = ((width * bpp + 31) // 32) * 4
        f.seek(offset)
        for y in range(height - 1, -1, -1):
            row = f.read(stride)
            if bpp == 8:
                for x in range(width):
                    bitmap[x, y] = row[x]
            else:
                for x in range(0, width, 2):
                    b = row[x >> 1]
                    bitmap[x, y] = b >> 4
                    if x + 1 < width:
                        bitmap[x + 1, y] = b & 15
    return bitmap, palette
