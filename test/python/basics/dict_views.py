# keys(), values() and items() views are live and support set operations.
d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
v = d.values()
i = d.items()
print(k, v, i)
d['d'] = 4
print(list(k), list(v), list(i), len(k))
print('a' in k, 2 in v, ('b', 2) in i, ('b', 3) in i)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}))
for key, val in d.items():
    print(key, val)
print(list(reversed(d)), list(reversed(d.values())))
