# float.is_integer, real/imag and abs.
print((1.0).is_integer(), (1.5).is_integer(), (-3.0).is_integer(), (1e20).is_integer())
print((2.5).real, (2.5).imag)
print(abs(-2.5), abs(2.5))
