# Tuple keys come back from a dict equal to what was stored, whatever their items: ints of any size,
# floats, None, strs with separators, digits, non-ASCII and astral characters, nested and empty
# tuples; equal keys (1, 1.0, True inside tuples) are one key and the first one stored is kept.

keys = [
    (1, 2), (-1, 0), (), ((),), (None,), (None, None), ('a', 'b'), ('', ''), ('a:b', 'c,d'),
    ('1', 1), ('s3:abc',), ('i1,', 'N'), ('\ue000T', 'x'), ('é', 'ñandú'), ('日本', '語'),
    ('😀', 'a😀b'), ((1, 2), (3, (4, 5))), (2 ** 53 - 1, -(2 ** 53) + 1), (2 ** 53, -(2 ** 53)),
    (2 ** 63, -(2 ** 63) - 1, 10 ** 30), (0.5, -2.25), (1e-300, 1.5e300), (float('inf'), float('-inf')),
    ((0.1, 'x'), None, 7), ('x' * 40, 'y' * 13), (('a', 'b'), 'ab'), (('ab',), 'a', 'b'),
]
d = {}
for i, k in enumerate(keys):
    d[k] = i
print(len(d), len(keys))
for k, v in d.items():
    print(repr(k), v, k == keys[v], type(k).__name__, [type(x).__name__ for x in k])
print(list(d) == keys, list(d.keys()) == keys)
print(sorted(d.values()) == list(range(len(keys))))

# Equal keys: the first stored stays, the value is replaced.
e = {}
e[(1, 2)] = 'int'
e[(1.0, 2)] = 'float'
e[(True, 2)] = 'bool'
print(e, [type(x).__name__ for x in list(e)[0]])
f = {}
f[(1.0, 2)] = 'float'
f[(1, 2)] = 'int'
f[(True, 2.0)] = 'bool'
print(f, [type(x).__name__ for x in list(f)[0]])
g = {(True, False): 1}
g[(1, 0)] = 2
print(g, (1, 0) in g, (1.0, 0.0) in g, (True, 0) in g)
h = {(-0.0, 'z'): 1}
print(h, list(h)[0][0], (0, 'z') in h)

# Deleting, popping and copying keep keys intact.
del d[('a', 'b')]
print(('a', 'b') in d, len(d))
print(d.pop((1, 2)), (1, 2) in d)
c = d.copy()
print(c == d, list(c) == list(d))
k, v = c.popitem()
print(k, v)
print({k: v for k, v in [((1, 'a'), 1), ((1.0, 'a'), 2)]})
print(dict.fromkeys([(1, 2), (3, 4)]))

# Subclass and user-class items keep their identity.
class P(tuple):
    pass
class Q:
    def __repr__(self):
        return 'Q()'
q = Q()
s = {P((1, 2)): 'p', (q, 1): 'q'}
for k in s:
    print(type(k).__name__, k)
print(list(s)[1][0] is q)

# Counting pairs, the common use.
words = 'a b a b c a b c a'.split()
pairs = {}
for a, b in zip(words, words[1:]):
    pairs[(a, b)] = pairs.get((a, b), 0) + 1
print(sorted(pairs.items()), max(pairs.items(), key=lambda kv: (kv[1], kv[0])))
