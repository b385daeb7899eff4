# Nested unpacking and swapping.
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
x, y = 1, 2
x, y = y, x
print(x, y)
data = [('a', (1, 2)), ('b', (3, 4))]
for name, (lo, hi) in data:
    print(name, lo + hi)
((a, b),) = [(5, 6)]
print(a, b)
i = 0
lst = [0, 0]
i, lst[i] = 1, 'set'
print(i, lst)
o = type('O', (), {})()
o.p, o.q = 'P', 'Q'
print(o.p, o.q)
