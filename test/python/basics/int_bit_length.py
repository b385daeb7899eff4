# int.bit_length of small, big and negative ints.
for n in (0, 1, 2, 255, 256, -1, -255, -256, 2 ** 64, 2 ** 64 - 1, 2 ** 53, 2 ** 53 - 1, -(2 ** 100)):
    print(n, n.bit_length())
print([(1 << k).bit_length() for k in range(0, 70, 7)])
print(True.bit_length(), False.bit_length())
x = 1
while x.bit_length() < 40:
    x *= 3
print(x, x.bit_length())
