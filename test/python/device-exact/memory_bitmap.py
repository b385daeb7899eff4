# cpydiff: run with --device-exact: the board's heap (about 144 KiB on a PyBadge) limits what a game can allocate (reference/console-and-errors.md §4)
# MemoryError's text is CircuitPython's ('memory allocation failed, allocating N bytes'); a
# 320x240 Bitmap with 65536 values takes 16 bits a pixel in rows of 32-bit words: 153600 bytes.
import displayio
import gc
try:
    big = displayio.Bitmap(320, 240, 65536)
except MemoryError as e:
    print('MemoryError:', e)
small = displayio.Bitmap(160, 128, 65536)   # the screen's size: 40960 bytes, which fits
print(small.width, small.height)
free = gc.mem_free()
keep = [0] * 5000                           # 5000 slots of 4 bytes
print(free - gc.mem_free() >= 20000)
try:
    too_many = [0] * 100000                 # 400000 bytes of slots
except MemoryError as e:
    print('MemoryError:', e)
