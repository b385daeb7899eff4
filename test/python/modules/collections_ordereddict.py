# collections.OrderedDict keeps insertion order.
from collections import OrderedDict
d = OrderedDict()
d['z'] = 1
d['a'] = 2
d['m'] = 3
print(list(d.keys()), list(d.values()), list(d.items()))
d['z'] = 10
print(list(d.items()))
del d['a']
d['a'] = 4
print(list(d), len(d), 'm' in d)
print(d.pop('m'), list(d))
o2 = OrderedDict([('b', 1), ('a', 2)])
print(list(o2), o2['a'], isinstance(o2, dict))
print(d.popitem(), list(d))
