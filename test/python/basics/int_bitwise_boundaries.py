# &, |, ^ and shifts on ints around 2**31, 2**32, 2**53 and 2**63, both signs, ints with big ints,
# masks of every width; and the linear congruential generators games use for randomness.

edges = []
for p in (0, 1, 31, 32, 52, 53, 54, 63, 64, 100):
    for d in (-1, 0, 1):
        edges.append(2 ** p + d)
        edges.append(-(2 ** p) + d)
edges = sorted(set(edges))
acc = 0
for a in edges:
    for b in edges:
        r = (a & b, a | b, a ^ b)
        for x in r:
            acc = (acc * 1000003 + x) % (2 ** 61 - 1)
print(len(edges), acc)
print(-(2 ** 53) + 1 & -2, (2 ** 53 - 1) ^ -1, -(2 ** 53) | 1, (-(2 ** 52) - 1) & -(2 ** 52))
print(type(-(2 ** 53) + 1 & -2).__name__, (2 ** 53 - 1) ^ -1 == -(2 ** 53))

for mask in (0xFF, 0x7FFFFFFF, 0xFFFFFFFF, 2 ** 32, 2 ** 40 - 1, 2 ** 53 - 1, 2 ** 53, 2 ** 64 - 1):
    row = []
    for v in (12345 * 2 ** 60 + 678, -(3 ** 50), 2 ** 63 - 1, -(2 ** 63), 2 ** 53 + 1, -(2 ** 53) - 1, 0):
        row.append((v & mask, mask & v, v | mask == mask | v, (v ^ mask) ^ mask == v))
    print(hex(mask), row)

for v in (2 ** 31 - 1, 2 ** 31, 2 ** 53 - 1, -(2 ** 53) + 1, 2 ** 63, -(2 ** 63)):
    print([v >> s for s in (0, 1, 16, 31, 32, 52, 53, 60, 64, 200)], [v << s for s in (0, 1, 10, 21, 22, 40)])


def lcg(seed):
    return (seed * 1103515245 + 12345) & 0x7FFFFFFF


def lcg64(seed):
    return (seed * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF


s, t, u = 12345, 1, 7
for _ in range(20000):
    s = lcg(s)
    t = lcg64(t)
    u = (u * 69069 + 1) % 2 ** 32
print(s, t, u, (s >> 16) % 12, t >> 33, u ^ (u >> 11))
