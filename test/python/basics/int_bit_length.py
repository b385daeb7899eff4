# int.bit_length.
for n in (0, 1, 2, 255, 256, -1, -255, -256, 2 ** 64, 2 ** 64 - 1):
    print(n, n.bit_length())
