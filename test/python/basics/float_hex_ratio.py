# float.as_integer_ratio, float.hex and float.fromhex.
for x in (0.5, -0.75, 3.0, 0.1, 1e-3, 2.0 ** 60):
    n, d = x.as_integer_ratio()
    print(x, n, d, n / d == x)
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'), float.fromhex('0x10'), float.fromhex('inf'))
for x in (3.0, 0.1, -2.5, 1.0, 0.0):
    print(x.hex(), float.fromhex(x.hex()) == x)
try:
    float('inf').as_integer_ratio()
except OverflowError:
    print('OverflowError')
try:
    float('nan').as_integer_ratio()
except ValueError:
    print('ValueError')
