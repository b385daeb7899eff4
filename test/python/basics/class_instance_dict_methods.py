# Instance attributes shadow methods; functions set on instances are not bound.
class A:
    def f(self):
        return 'method'
a = A()
print(a.f())
a.f = lambda: 'instance function'
print(a.f(), A().f())
del a.f
print(a.f())
A.g = lambda self: 'added to class'
print(a.g())
