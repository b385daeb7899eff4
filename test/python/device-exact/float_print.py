# cpydiff: run with --device-exact: floats are the board's 30-bit values, printed with '%g' and 6 digits (reference/runtime-modules.md §8)
# Each expected line follows from CircuitPython 9.2.9: py/objfloat.c float_print (6 digits, '.0'
# added without '.'/'e'/'n'), py/formatfloat.c (digits in binary32, half up on the next digit),
# py/obj.h (two low fraction bits cleared) and py/parsenum.c (how literals are read).
print(1 / 3)            # 0.333333: six significant digits
print(2.0, -2.5, 0.0, -0.0)  # 2.0 -2.5 0.0 -0.0: '.0' added to integral values
print(1e20, 1e6)        # 1e+20 1e+06: exponent from the precision on, two digits
print(100000.0)         # 100000.0: six digits still fit positionally
print(123456.7)         # 123457.0: rounded to six digits, then '.0'
print(2 ** 0.5, 3.14159265358979)  # 1.41421 3.14159
print(0.1 + 0.2)        # 0.3: the binary32 sum prints as 0.3
print(1.5e-7, 0.00012345678)  # 1.5e-07 0.000123457
print(0.0001)           # 1e-04: the literal is 0x38d1b714, below 1e-4, so its exponent is -5 and 9.99999|9 rounds up
print(999999.5)         # 1000000.0: positional with no decimals; the carry adds a seventh digit
print(float('inf'), float('-inf'), float('nan'))  # inf -inf nan
print(3.4e38, 1e39, 1e-40, 1e-45)  # 3.4e+38 inf 1e-40 0.0: overflow; a subnormal; the lowest bit cleared
print(repr(1.25), str(0.1), [0.5, 1e-10])  # repr and str are the same
