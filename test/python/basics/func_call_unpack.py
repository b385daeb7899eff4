# Unpacking in calls: f(*a, **k), several of each.
def f(a, b, c, d=0, e=0):
    return [a, b, c, d, e]
args = (1, 2)
kw = {'d': 4}
print(f(*args, 3, **kw), f(*args, *[3], e=5, **kw))
print(f(*'xyz'), f(*range(3), **{'e': 9}))
print(f(1, *(), 2, *[3]), f(**{'a': 1}, **{'b': 2}, c=3))
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError:
    print('TypeError repeated keyword')
gen = (i for i in range(3))
print(f(*gen))
