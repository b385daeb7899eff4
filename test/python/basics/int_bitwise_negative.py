# &, |, ^ and ~ on negative and big integers (two's complement with infinite sign bits).
print(~0, ~5, ~-1, ~-6)
print(-1 & 0xFF, -256 & 0xFF, -255 & 0xFF)
print(-8 | 3, -8 ^ 3, 5 ^ -1)
print(-6 & -4, -6 | -4, -6 ^ -4)
big = 1 << 80
print(big | 1, (big - 1) & 0xFFFF, -big & big, ~big)
print((-big) ^ 1)
print(0xF0 & 0x3C, 0xF0 | 0x0F, 0xFF ^ 0x0F)
