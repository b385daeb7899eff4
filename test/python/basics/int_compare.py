# Comparisons between ints, including chained and big ints.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(-2 ** 70 < -1 < 0 < 2 ** 70)
print(max(3, 1, 2), min(3, 1, 2))
print(True == 1, False == 0, True + True)
print(sorted([5, -1, 2 ** 64, 0, -2 ** 64]))
