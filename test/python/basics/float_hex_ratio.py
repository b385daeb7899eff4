# float.as_integer_ratio, float.hex and float.fromhex.
print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (3.0).as_integer_ratio())
print(float.fromhex('0x1.8p1'), (3.0).hex(), (0.1).hex(), float.fromhex((0.1).hex()) == 0.1)
