# cpydiff: run with --device-exact: arithmetic in binary32 with 22 stored fraction bits (reference/runtime-modules.md §8)
# Expected lines follow from py/obj.h of CircuitPython 9.2.9: every float result is rounded to
# binary32 and its two lowest fraction bits are cleared (truncation toward zero).
print(16777217.0 == 16777216.0)   # True: 2**24 + 1 is not a binary32 value
print(1.0 + 2 ** -22 == 1.0)      # True: 2**-22 lands in the two cleared bits
print(1.0 + 2 ** -21 == 1.0)      # False: the lowest bit that is kept
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0)                # 0.999999 False: each truncation loses a little toward zero
print(int(1e10))                  # 9999998976: 10**10 is exact in binary32, but needs the cleared bits
print(int(16777215.0 + 1.0))      # 16777212: 16777215 needs all 24 bits; cleared it is 16777212, and so is the sum
print(float('0.1') == 0.1)        # True: float(str) reads digits as the compiler does
print(7 / 2, 1 / 7, 2 / 3)        # 3.5 0.142857 0.666667
print(0.5 ** 30, 10.0 ** 30)      # 9.31323e-10 1e+30
import math
print(math.pi, math.e, math.sqrt(2.0), math.sin(1.0))  # 3.14159 2.71828 1.41421 0.841471
print(round(2.675, 2), 1e16 + 1 == 1e16)  # 2.67 True
