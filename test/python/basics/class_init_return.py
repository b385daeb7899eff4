# __init__ must return None; class attributes through type(self).
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
        self.kind = type(self).__name__
class Sub(Counter):
    pass
a, b, c = Counter(), Counter(), Sub()
print(Counter.instances, Sub.instances, a.kind, c.kind, c.__class__.__name__)
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError:
    print('TypeError')
