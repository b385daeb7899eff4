# Bit operations as games use them: flags, masks, packing colours.
FLAG_VISIBLE = 1 << 0
FLAG_SOLID = 1 << 1
FLAG_ENEMY = 1 << 2
flags = FLAG_VISIBLE | FLAG_ENEMY
print(flags, bool(flags & FLAG_SOLID), bool(flags & FLAG_ENEMY))
flags |= FLAG_SOLID
flags &= ~FLAG_VISIBLE
print(flags, bin(flags), flags ^ 0b111)
def rgb565(r, g, b):
    return ((r & 0xF8) << 8) | ((g & 0xFC) << 3) | (b >> 3)
print(hex(rgb565(255, 255, 255)), hex(rgb565(255, 0, 0)), hex(rgb565(0, 255, 0)), rgb565(0, 0, 255))
c = 0x123456
print((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF)
def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count
print([popcount(n) for n in (0, 1, 255, 0xF0F0, 2 ** 40 - 1)])
