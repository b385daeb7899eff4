# Unpacking works on any iterable: generators, dicts, strings, ranges.
a, b, c = (x * 2 for x in range(3))
print(a, b, c)
k1, k2 = {'first': 1, 'second': 2}
print(k1, k2)
x, y = 'xy'
print(x, y)
p, *q = range(4)
print(p, q)
(m, n), = [(1, 2)]
print(m, n)
i, j = iter([10, 20])
print(i, j)
first, *rest = 'hello'
print(first, rest)
*init, last = b'abc'
print(init, last)
