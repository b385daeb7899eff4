# super().name(...) sites cached per instance type: diamonds through one site, methods replaced and deleted
# after the sites warmed up (300 calls compile them), classmethods and native bases.
class A:
    def f(self):
        return 'A'
    def __init__(self, x):
        self.x = x
class B(A):
    def f(self):
        return 'B' + super().f()
    def __init__(self, x):
        super().__init__(x * 2)
class C(A):
    def f(self):
        return 'C' + super().f()
class D(B, C):
    def f(self):
        return 'D' + super().f()
    @classmethod
    def make(cls):
        return super().__new__(cls)
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.a = a
def calls(objs, n):
    out = []
    for i in range(n):
        for o in objs:
            r = o.f()
        out.append(r)
    return out[-1]
b, d = B(1), D(2)
print(b.x, d.x, [o.f() for o in (b, d)])
print(calls([b, d], 300), calls([d, b], 300))
A.f = lambda self: 'a2'
print(b.f(), d.f())
C.f = lambda self: 'c2+' + super(C, self).f()
print(b.f(), d.f())
del C.f
print(b.f(), d.f(), calls([d], 5))
print(type(D.make()).__name__, [E(i, 2).args for i in range(300)][-1], E(1, 2).a)
# super().name loaded as a value (LOAD_ATTR, then a call with ** or a later call) shares the entries.
class P:
    def __init__(self, **kw):
        self.kw = kw
    def f(self):
        return 'P'
class Q(P):
    def __init__(self, **kw):
        super().__init__(**kw)
    def f(self):
        g = super().f
        return 'Q' + g()
print([Q(a=i).kw for i in range(300)][-1], [Q().f() for i in range(300)][-1], type(Q().f).__name__)
