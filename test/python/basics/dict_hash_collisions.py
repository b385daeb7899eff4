# Keys whose hashes collide are still told apart by equality.
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n
    def __repr__(self):
        return 'K%d' % self.n
d = {}
for i in range(50):
    d[K(i)] = i * i
print(len(d), d[K(7)], d[K(49)], K(50) in d)
for i in range(0, 50, 2):
    del d[K(i)]
print(len(d), list(d)[:4], d[K(1)])
s = {K(1), K(2), K(1)}
print(len(s), sorted(x.n for x in s))
print({-1: 'a', -2: 'b'}[-1], {2 ** 61 - 1: 'x', 0: 'y'}[0])
