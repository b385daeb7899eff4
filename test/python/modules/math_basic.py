# math constants and common functions (rounded to avoid last-digit libm differences).
import math
print(round(math.pi, 10), round(math.e, 10))
print(math.sqrt(16), math.sqrt(2) ** 2 > 1.99, math.fabs(-2.5), math.pow(2, 10))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-3.9))
print(type(math.floor(1.5)).__name__, type(math.ceil(1.5)).__name__, type(math.trunc(1.5)).__name__)
print(math.copysign(3, -0.0), math.fmod(-7, 3), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isnan(float('nan')), math.isinf(float('-inf')), math.isfinite(1e308))
print(math.degrees(math.pi), math.radians(180) == math.pi)
print(math.floor(10 ** 20 + 0.0) == 10 ** 20)
