# The scaled_group_and_transparency scene written in Python: must match its PNG exactly.
import board
import displayio
import vectorio

root = displayio.Group()
bg = displayio.Bitmap(160, 128, 2)
for y in range(128):
    for x in range(160):
        bg[x, y] = (x >> 2 ^ y >> 2) & 1
bg_pal = displayio.Palette(2)
bg_pal[0] = 0x303030
bg_pal[1] = 0x606060
root.append(displayio.TileGrid(bg, pixel_shader=bg_pal))

pal = displayio.Palette(6)
for i, c in enumerate((0x000000, 0xFFFFFF, 0xFF5050, 0x50FF50, 0x5080FF, 0xFFD040)):
    pal[i] = c
pal.make_transparent(2)
g = displayio.Group(scale=3, x=10, y=10)
g.append(vectorio.Circle(pixel_shader=pal, radius=5, x=10, y=10, color_index=3))
g.append(vectorio.Rectangle(pixel_shader=pal, width=4, height=4, x=20, y=5, color_index=1))
marker = displayio.Bitmap(4, 4, 2)
marker.fill(1)
marker_pal = displayio.Palette(2)
marker_pal[1] = 0xFFD040
g.append(displayio.TileGrid(marker, pixel_shader=marker_pal, x=30, y=5))
root.append(g)
root.append(vectorio.Rectangle(pixel_shader=pal, width=30, height=20, x=10, y=90, color_index=2))
hidden = vectorio.Circle(pixel_shader=pal, radius=8, x=120, y=100, color_index=1)
hidden.hidden = True
root.append(hidden)
board.DISPLAY.root_group = root
