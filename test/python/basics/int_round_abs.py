# round() and abs() on ints.
print(round(7), round(-7))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5, 1), round(15, -1), round(25, -1))
print(abs(-5), abs(5), abs(0), abs(-2 ** 100))
print(abs(True), abs(-True))
print(type(round(5)).__name__)
