# int.bit_count counts the one bits of the absolute value.
for n in (0, 1, 2, 3, 255, 256, -1, -7, -256, 2 ** 64 - 1, 2 ** 100 + 1, -(2 ** 70)):
    print(n, n.bit_count(), bin(n).count('1') == n.bit_count())
print(sum(i.bit_count() for i in range(1024)))
