# Arithmetic mixing ints (small and big) with floats.
print(1 + 0.5, 3 - 1.0, 2 * 1.5, 7 // 2.0, 7 % 2.5, -7 // 2.0, pow(2, 0.5) == 2 ** 0.5)
print(2 ** 70 + 0.5, 2 ** 70 * 1.0 == float(2 ** 70), (2 ** 70) / 2.0)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23, 2 ** 1000 > 1e300)
print(1 < 1.5 < 2, 2 ** 60 > 2.0 ** 59, -2 ** 60 < -1e18)
print(divmod(7, 2.0), divmod(-7.5, 2), round(7 / 3, 3))
print(int(2.5 * 4), float(3) + 1, 5 * 0.1 + 0.5)
try:
    10 ** 400 + 0.5
except OverflowError:
    print('OverflowError')
