# The methods of dict.
d = {'a': 1, 'b': 2}
print(d.setdefault('a', 9), d.setdefault('c', 3), d)
print(d.pop('a'), d.pop('zz', 'default'), d)
d.update({'d': 4}, e=5)
d.update([('f', 6)])
print(d)
print(d.popitem(), d)
c = d.copy()
c['b'] = 0
print(d['b'], c['b'])
print(dict.fromkeys('xyz'), dict.fromkeys([1, 2], 0))
c.clear()
print(c)
try:
    {}.popitem()
except KeyError:
    print('KeyError')
