# int.bit_length and bit_count.
for n in (0, 1, 2, 255, 256, -1, -255, -256, 2 ** 64, 2 ** 64 - 1):
    print(n, n.bit_length())
print((255).bit_count(), (-7).bit_count())
