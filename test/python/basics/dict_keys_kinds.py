# Hashable keys of different kinds, and unhashable keys raising TypeError.
d = {}
d[1] = 'int'
d['1'] = 'str'
d[(1,)] = 'tuple'
d[None] = 'none'
d[frozenset([1])] = 'frozenset'
d[b'1'] = 'bytes'
print(len(d), d[1], d['1'], d[(1,)], d[None], d[frozenset({1})], d[b'1'])
for bad in ([1], {1: 2}, {1}):
    try:
        d[bad] = 0
    except TypeError:
        print('TypeError', type(bad).__name__)
