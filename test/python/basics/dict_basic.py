# dict: insertion order, access, update and deletion.
d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10
print(d, len(d))
print(d['a'], d.get('z'), d.get('z', 0), 'a' in d, 'z' not in d)
del d['a']
print(d)
d['a'] = 2
print(list(d))
print(dict(x=1, y=2), dict([('k', 'v')]), dict({'q': 1}, r=2), dict(zip('ab', (1, 2))))
print({}, dict())
print({1: 'a', 'x': [1], (1, 2): None})
print(d == {'a': 2, 'b': 10, 'c': 3})
