# Multiple inheritance and the C3 method resolution order.
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B'
class C(A):
    def who(self):
        return 'C'
class D(B, C):
    pass
print([c.__name__ for c in D.__mro__])
print(D().who())
class E(C, B):
    pass
print([c.__name__ for c in E.__mro__], E().who())
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Z, Y): pass
print([c.__name__ for c in W.__mro__])
try:
    class Bad(A, B):
        pass
except TypeError:
    print('TypeError inconsistent MRO')
print([c.__name__ for c in bool.__mro__])
