# Comparisons and equality between ints and floats.
print(1 == 1.0, 1 != 1.0, 2 > 1.5, 2 < 2.5, -1 <= -1.0)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -10 ** 400 < -1e308)
print(10 ** 400 < float('inf'), 0 == -0.0)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(sorted([3, 1.5, 2, 0.5, -1]))
print(max(1, 1.0), type(max(1, 1.0)).__name__, type(max(1.0, 1)).__name__)
