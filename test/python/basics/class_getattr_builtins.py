# getattr, setattr, hasattr and delattr.
class O:
    cls_attr = 'c'
o = O()
setattr(o, 'x', 1)
print(o.x, getattr(o, 'x'), getattr(o, 'y', 'dflt'), getattr(o, 'cls_attr'))
print(hasattr(o, 'x'), hasattr(o, 'y'), hasattr(O, 'cls_attr'))
delattr(o, 'x')
print(hasattr(o, 'x'))
try:
    getattr(o, 'y')
except AttributeError:
    print('AttributeError')
try:
    delattr(o, 'x')
except AttributeError:
    print('AttributeError on delattr')
setattr(O, 'added', 42)
print(o.added, getattr(str, 'upper')('abc'), getattr([1, 2], 'index')(2))
name = 'dynamic_' + 'name'
setattr(o, name, True)
print(o.dynamic_name)
