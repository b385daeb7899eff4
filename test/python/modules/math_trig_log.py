# Trigonometric, exponential and logarithmic functions.
import math
def r(x):
    return round(x, 9)
print(r(math.sin(0)), r(math.sin(math.pi / 2)), r(math.cos(math.pi)), r(math.tan(math.pi / 4)))
print(r(math.asin(1)), r(math.acos(0)), r(math.atan(1)), r(math.atan2(1, -1)), r(math.atan2(-1, -1)))
print(r(math.exp(1)), r(math.log(math.e)), r(math.log(100, 10)), r(math.log10(1000)), r(math.log2(1024)))
print(r(math.sinh(1)), r(math.cosh(0)), r(math.tanh(0.5)))
print(r(math.sqrt(0.25)), r(math.sqrt(2)))
print(r(math.exp(-1)), r(math.exp(0)))
