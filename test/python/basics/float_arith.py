# Float arithmetic and mixing with ints.
print(1.5 + 2, 3 - 0.5, 2 * 1.25, 7 / 2, 6 / 3)
print(type(6 / 3).__name__, type(1 + 1.0).__name__)
print(2.0 ** 10, 2 ** 0.5, 4 ** 0.5, (-8.0) ** 2)
print(0.1 * 3, 1e308 * 10, -1e308 * 10)
print(1 / 4, 10 / 4, -10 / 4)
x = 1.0
x += 0.5
x *= 4
x /= 3
print(x)
print(2 ** 100 / 2 ** 99, 10 ** 20 / 10)
