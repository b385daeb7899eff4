# Changing a dict's size while iterating over it raises RuntimeError.
d = {'a': 1, 'b': 2}
try:
    for k in d:
        d['new' + k] = 0
except RuntimeError:
    print('RuntimeError on insert')
d = {'a': 1, 'b': 2, 'c': 3}
try:
    for k in d:
        del d[k]
except RuntimeError:
    print('RuntimeError on delete')
d = {'a': 1, 'b': 2}
for k in d:
    d[k] = d[k] * 10
print(d)
for k in list(d):
    del d[k]
print(d)
