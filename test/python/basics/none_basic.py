# None: a singleton, falsy, comparable only by identity and equality.
print(None, repr(None), str(None), type(None).__name__, bool(None))
print(None is None, None == None, None != 0, None == False, [None] * 2)
def f():
    pass
print(f() is None, {}.get('x') is None, print() is None)
try:
    None < 1
except TypeError:
    print('TypeError')
x = None
if x is None:
    print('x is None')
print(type(None)() is None)
