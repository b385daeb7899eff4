# __getattr__ is called only for missing attributes; __getattribute__ is not used here.
class Dyn:
    existing = 'real'
    def __getattr__(self, name):
        if name.startswith('auto_'):
            return name[5:]
        raise AttributeError(name)
d = Dyn()
print(d.existing, d.auto_value, getattr(d, 'auto_x'))
print(hasattr(d, 'nothing'), getattr(d, 'nothing', 'default'))
try:
    d.nothing
except AttributeError as e:
    print('AttributeError', e)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
class Rec:
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)
r = Rec()
r.a = 1
print(r.a)
