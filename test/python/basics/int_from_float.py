# int() from floats truncates toward zero.
print(int(3.9), int(-3.9), int(0.5), int(-0.5))
print(int(1e20))
print(int(2.0 ** 70))
print(int(123.0), int(-0.0))
print(int(float('1e3')))
print(round(2.5), round(3.5), round(-2.5))
print(int(7.999999999))
