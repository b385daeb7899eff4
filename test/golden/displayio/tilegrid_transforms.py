# The tilegrid_transforms scene written in Python: must match tilegrid_transforms.png exactly.
import board
import displayio

ROWS = [
    "1111111030000000",
    "1200000030000000",
    "1111100030000000",
    "1200000030000000",
    "1200000030000000",
    "1200000033333330",
]
bmp = displayio.Bitmap(16, 6, 4)
for y, row in enumerate(ROWS):
    for x, ch in enumerate(row):
        bmp[x, y] = int(ch)
pal = displayio.Palette(4)
for i, c in enumerate((0x202020, 0xFFCC00, 0xFF0000, 0x00CCFF)):
    pal[i] = c

root = displayio.Group()
g = displayio.Group(scale=2)
root.append(g)
i = 0
for tr in (False, True):
    for fy in (False, True):
        for fx in (False, True):
            tg = displayio.TileGrid(bmp, pixel_shader=pal, width=2, height=1, tile_width=8, tile_height=6,
                                    x=2 + (i % 4) * 20, y=3 + (i // 4) * 30)
            tg[0] = 0
            tg[1] = 1
            tg.flip_x = fx
            tg.flip_y = fy
            tg.transpose_xy = tr
            g.append(tg)
            i += 1
board.DISPLAY.root_group = root
