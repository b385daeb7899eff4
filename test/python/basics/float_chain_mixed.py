# Chains of float arithmetic mixed with ints: ints stay ints (growing past 2**53), floats stay
# IEEE (-0.0, inf, nan), whichever tier runs the loop.

def chain(a, b, c):
    r = []
    r.append(a * b + c * a - b / c)
    r.append(a * 2 + b * 3 - c)
    r.append(2 * 3 + a * b * c)
    r.append(a * a + b * b + c * c)
    x = a
    x -= 0.25 * b * c
    x += a * b / c
    r.append(x)
    return r

for args in [(1.5, 2.5, 3.5), (1, 2, 3), (2**60, 3, 0.5), (2**52, 2**52, 7), (3, 2.0, 4), (1e308, 10.0, 2.0), (-0.0, 0.0, -1.0)]:
    for _ in range(150):
        out = chain(*args)
    print(out, [type(v).__name__ for v in out])

def signs(z):
    return [z * 1.0 + z, z * -1.0 - z, (z - z) * -1.0, z * z * -1.0]

for _ in range(150):
    s = signs(-0.0)
print(s, [str(v) for v in s])

def specials(a, b):
    return [a * b - a * b, a * 0.0 + b, a / b * b, (a + b) * (a - b)]

for _ in range(150):
    t = specials(float('inf'), 2.0)
print(t)
print(specials(float('nan'), 1.0))
