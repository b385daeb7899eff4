# float.is_integer, real/imag and abs.
for x in (1.0, 1.5, -3.0, 1e20, 0.0, -0.0, 2.0 ** -20, 123456789.0, 0.1 * 10):
    print(x, x.is_integer())
print(float('inf').is_integer(), float('nan').is_integer())
print((2.5).real, (2.5).imag, (-1.5).real)
print(abs(-2.5), abs(2.5), abs(-0.0), abs(float('-inf')))
print((7).real, (7).imag, True.real)
