# True division of ints always gives a float, even for big ints.
print(7 / 2, 8 / 2, -7 / 2, 1 / 3, type(4 / 2).__name__)
print(10 ** 20 / 10 ** 10, 2 ** 64 / 2 ** 32, (2 ** 70 + 1) / 2 ** 70)
print(1 / 2 ** 60, 3 / -4, 0 / 5, -0 / 5)
print(round(22 / 7, 5), 100 / 3 * 3)
