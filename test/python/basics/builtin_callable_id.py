# callable, and identity comparisons with id and is.
print(callable(len), callable(print), callable(lambda: 0), callable(int), callable(3), callable('s'))
class C:
    def m(self):
        pass
print(callable(C), callable(C()), callable(C().m))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
print(type(id(a)).__name__, None is None, True is True)
x = object()
print(x is x, x is not object(), id(x) == id(x))
