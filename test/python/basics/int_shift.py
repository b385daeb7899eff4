# Left and right shifts, with negative and big values.
print(1 << 0, 1 << 10, 1 << 62, 1 << 64)
print(1024 >> 3, 1 >> 1, 7 >> 10)
print(-1 >> 1, -8 >> 1, -9 >> 1, -1 >> 100)
print(-1 << 4, -5 << 70)
print((1 << 100) >> 98)
print(123456789 << 33 >> 33)
x = 3
x <<= 2
print(x)
x >>= 1
print(x)
