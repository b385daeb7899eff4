# Tuples: creation, packing, indexing and methods.
t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t))
print((), (1,), 1, tuple([4, 5]), tuple('ab'))
u = 1, 'two', 3.0
print(u, type(u).__name__)
print(t + (4,), t * 2, 2 in t, t.count(2), t.index(3))
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 100))
a, b, c = t
print(a, b, c)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'pair'}[(1, 2)])
try:
    t[0] = 9
except TypeError:
    print('TypeError')
print(((1, 2), (3, 4))[1][0])
print(tuple(x * 2 for x in t))
