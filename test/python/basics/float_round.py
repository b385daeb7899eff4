# round() on floats, with and without ndigits (banker's rounding on halves).
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(3.14159, 3), round(1234.5678, -2))
print(round(2.5, 0), round(-3.7), round(3.7))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(0.125, 2), round(0.375, 2))
print(round(1e20), round(123.456, 1))
