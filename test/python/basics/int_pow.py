# The ** operator on ints, including negative exponents and big results.
print(2 ** 10, 2 ** 0, 0 ** 0)
print((-2) ** 3, -2 ** 2)
print(2 ** -1, 4 ** -2)
print(type(2 ** -1).__name__)
print(2 ** 3 ** 2)
print(3 ** 40)
print(10 ** 30)
print((-3) ** 41)
x = 5
x **= 2
print(x)
