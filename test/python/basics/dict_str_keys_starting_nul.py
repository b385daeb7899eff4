# Strs starting with NUL (or U+E000) as attribute names and globals: setattr, getattr, vars,
# delattr and globals() see one and the same entry, and dict views give the str back.

class A:
    pass

a = A()
setattr(a, '\x00x', 1)
setattr(a, '\ue000y', 2)
setattr(a, 'plain', 3)
print(vars(a), getattr(a, '\x00x'), a.__dict__['\x00x'], hasattr(a, '\x00'))
a.__dict__['\x00z'] = 4
print(getattr(a, '\x00z'), sorted(repr(k) for k in vars(a)))
delattr(a, '\x00x')
print(vars(a), hasattr(a, '\x00x'))
try:
    delattr(a, '\x00x')
except AttributeError:
    print('AttributeError')

g = globals()
g['\x00g'] = 5
print(g['\x00g'], [k for k in g if k.startswith('\x00')], '\x00g' in g)
del g['\x00g']
print('\x00g' in g)

class B:
    pass
setattr(B, '\x00c', 6)
print(getattr(B, '\x00c'), getattr(B(), '\x00c'), [k for k in vars(B) if k.startswith('\x00')])
