# ** by 0.5 and by 2 inside float arithmetic, in a loop hot enough to be compiled: the results,
# special values and errors must be those of the general float power.
import math


class F(float):
    def __pow__(self, other):
        return "F.__pow__"


def norms(values):
    out = []
    for x in values:
        d2 = x * x + 1.0
        out.append((x ** 0.5 if x >= 0 else None, d2 ** 0.5, x ** 2, x ** 2.0, 1.5 * x ** 2 + 1.0, (x + 0.0) ** 0.5 if x > 0 else 0))
    return out


def ints(values):
    return [(i ** 2, i ** 2 + 1) for i in values]


def errors(values):
    caught = []
    for x in values:
        try:
            caught.append(x ** 2)
        except OverflowError as e:
            caught.append("OverflowError")
        try:
            caught.append(x ** 0.5)
        except (ValueError, ZeroDivisionError) as e:
            caught.append(type(e).__name__)
    return caught


values = [0.0, -0.0, 1.0, 2.0, 0.25, 1e-320, 1e150, 3.7, 123456.789, math.inf]
for _ in range(300):
    r = norms(values)
for row in r:
    print([repr(v) for v in row])
for _ in range(300):
    r = ints([0, 3, -5, 2 ** 26, 2 ** 27, -(2 ** 30), 10 ** 20])
print(r)
print(norms([math.nan])[0][1:4], [F(4.0) ** 0.5, F(4.0) ** 2, 2 ** 0.5, True ** 2, 4 ** 0.5])
for _ in range(300):
    r = errors([1e200, -1e200, math.inf, -math.inf, math.nan, 1.0, 0.0])
print(r[:2], r[4:6], r[8:])
