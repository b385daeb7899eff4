# pow() and ** edge cases.
print(pow(-3, 3, 7), pow(3, -2, 7), pow(0, 0), pow(0.0, 0), 0 ** 0.0, 8 ** (1 / 3) > 1.99)
print(2 ** 0.5 * 2 ** 0.5 > 1.99, 1 ** 1000000, (-1) ** 1000001, 0 ** 5, 0.0 ** 5)
try:
    pow(0.0, -1)
except ZeroDivisionError:
    print('ZeroDivisionError float')
try:
    0 ** -1
except ZeroDivisionError:
    print('ZeroDivisionError int')
try:
    pow(2, 3, 0)
except ValueError:
    print('ValueError modulus 0')
try:
    pow(2, -1, 4)
except ValueError:
    print('ValueError not invertible')
print(pow(2, 10, -7), pow(-2, 10, 7), 10 ** -3, (-2) ** -2)
