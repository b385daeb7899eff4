# pass, and del of names, items, slices and attributes.
def empty():
    pass
class Empty:
    pass
print(empty(), Empty.__name__)
x = 1
del x
try:
    print(x)
except NameError:
    print('NameError')
a = [0, 1, 2, 3, 4]
del a[0]
del a[1:3]
print(a)
d = {'k': 1, 'j': 2}
del d['k']
print(d)
class O:
    pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, 'attr'))
p, q = 1, 2
del p, q
print('p' in dir(), 'q' in dir())
b = [1, 2, 3]
del (b[0]), b[-1]
print(b)
