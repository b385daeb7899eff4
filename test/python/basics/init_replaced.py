# Instances made in a hot loop after __init__ is replaced, added or deleted on the class or a base.
class B:
    def __init__(self, x):
        self.x = x
class C(B):
    pass
def make(i):
    return C(i)
for i in range(300):
    make(i)
print(make(1).x)
B.__init__ = lambda self, x: setattr(self, "x", x * 100)
print(make(2).x)
C.__init__ = lambda self, x: setattr(self, "x", -x)
print(make(3).x)
del C.__init__
print(make(4).x)


def make_kw(i):
    return C(x=i)


C.__init__ = lambda self, x: setattr(self, "x", ("kw", x))
print(make_kw(5).x)
B.__init__ = lambda self, x=0: setattr(self, "x", ("base kw", x))
del C.__init__
print(make_kw(6).x)
