# Data descriptors beat the instance dict, which beats non-data descriptors and class attributes.
class Data:
    def __get__(self, obj, typ=None):
        return 'data descriptor'
    def __set__(self, obj, value):
        obj.__dict__['d'] = value
class NonData:
    def __get__(self, obj, typ=None):
        return 'non-data descriptor'
class C:
    d = Data()
    n = NonData()
    plain = 'class attribute'
    def method(self):
        return 'method'
o = C()
o.__dict__['d'] = 'instance d'
o.__dict__['n'] = 'instance n'
o.__dict__['plain'] = 'instance plain'
o.__dict__['method'] = lambda: 'instance callable'
print(o.d, '|', o.n, '|', o.plain, '|', o.method())
o.d = 'set through descriptor'
print(o.d, o.__dict__['d'])
print(C.n, C.plain, C().method())
