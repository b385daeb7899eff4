# Ranges past 31 bits iterate through the general path (their numbers would make V8 keep every
# range iterator's fields as doubles): values, order and ends stay exact around the boundary.


def collect(r):
    out = []
    for x in r:
        out.append(x)
    return out


for k in range(300):
    collect(range(k % 5))

b = 2**30
print(collect(range(b - 2, b + 2)), collect(range(-b - 1, -b + 2)), collect(range(b + 3, b - 3, -2)))
print(collect(range(0, 3 * b, b)), collect(range(5, -3 * b, -b)), collect(range(2**53 - 2, 2**53 + 1)))
print(collect(range(2**62, 2**62 + 2)), sum(range(b - 1000, b + 1000)), len(collect(range(-5, 5, 3))))
it = iter(range(b - 1, b + 1))
print(next(it), next(it), next(it, "end"))
