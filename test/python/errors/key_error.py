# KeyError messages show the key's repr.
d = {'a': 1}
for key in ('b', 2, (1, 2), None):
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
try:
    del d['gone']
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().remove(3)
except KeyError as e:
    print(type(e).__name__, e)
