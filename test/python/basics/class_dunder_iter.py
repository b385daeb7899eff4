# __iter__ and __next__ make an object iterable.
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 2
        return self.i - 2
r = Range2(7)
print(list(r), list(r), sum(r), [x for x in r if x > 2])
a, b, *c = r
print(a, b, c)
print(dict.fromkeys(r), tuple(r), set(r) == {0, 2, 4, 6})
for v in r:
    print(v, end=' ')
print()
