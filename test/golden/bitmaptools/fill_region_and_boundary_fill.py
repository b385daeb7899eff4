# The fill_region_and_boundary_fill scene in Python, drawn after a first refresh so the dirty
# rectangles (and the circle's undrawn bottom row) match fill_region_and_boundary_fill.png.
import bitmaptools
import board
import displayio

display = board.DISPLAY
bmp = displayio.Bitmap(80, 64, 16)
pal = displayio.Palette(8)
for i, c in enumerate((0x000000, 0xFFFFFF, 0xFF4040, 0x40FF40, 0x4060FF, 0xFFD040, 0x40E0E0, 0xE040E0)):
    pal[i] = c
root = displayio.Group(scale=2)
root.append(displayio.TileGrid(bmp, pixel_shader=pal))
display.root_group = root
display.refresh()
bitmaptools.fill_region(bmp, 4, 4, 36, 28, 2)
bitmaptools.fill_region(bmp, 10, 10, 20, 20, 0)
bitmaptools.draw_circle(bmp, 58, 40, 15, 1)
bitmaptools.draw_line(bmp, 43, 40, 73, 40, 1)
bitmaptools.boundary_fill(bmp, 58, 35, 4)
bitmaptools.boundary_fill(bmp, 58, 45, 5, 0)
bitmaptools.boundary_fill(bmp, 15, 15, 6)
