# **kwargs collects extra keyword arguments into a dict (in call order).
def f(**kw):
    return kw
print(f(), f(a=1), f(b=2, a=1), type(f()).__name__)
def g(a, **kw):
    return a, kw
print(g(1, b=2), g(a=1, z=26), g(**{'a': 0, 'q': 1}))
def h(*args, **kwargs):
    return args, kwargs
print(h(1, 2, x=3))
opts = {'sep': '-', 'end': '!\n'}
print('a', 'b', **opts)
def pass_on(**kw):
    return h(**kw, extra=True)
print(pass_on(k=1))
try:
    g(1, a=2)
except TypeError:
    print('TypeError duplicate')
