# float.is_integer, as_integer_ratio and conversions.
print((1.0).is_integer(), (1.5).is_integer(), (-3.0).is_integer(), (1e20).is_integer())
print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (3.0).as_integer_ratio())
print(float.fromhex('0x1.8p1'), (3.0).hex())
print((2.5).real, (2.5).imag)
print((-2.5).__abs__(), abs(-2.5))
