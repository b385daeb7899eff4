# Keyword-only parameters after * or *args.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=2))
try:
    f(1, 2)
except TypeError:
    print('TypeError positional')
try:
    f(1)
except TypeError:
    print('TypeError missing')
def g(*args, key):
    return args, key
print(g(1, 2, key='k'))
def h(*, only=None):
    return only
print(h(), h(only=4))
