# A division by zero in the middle of a float chain raises at that operation, from either tier,
# and the values computed before it do not leak into the handler.

def chain(a, b):
    return a * b + a / (b - b) * a

def guarded(a, b):
    try:
        return chain(a, b)
    except ZeroDivisionError as e:
        return type(e).__name__

for _ in range(300):
    r = guarded(1.5, 2.5)
print(r, guarded(3, 4), guarded(2.0, 0.0))

def partial(xs):
    total = 0.0
    for x in xs:
        try:
            total += x * 2.0 + 1.0 / x * 3.0
        except ZeroDivisionError:
            total = total * 10.0 + 1.0
    return total

for _ in range(100):
    p = partial([1.0, 2.0, 0.0, -0.0, 4.0, 0.5])
print(p)
