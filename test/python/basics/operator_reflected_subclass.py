# A right operand of a subclass type that overrides the reflected method is tried first.
class A:
    def __add__(self, other):
        return 'A.__add__'
    def __radd__(self, other):
        return 'A.__radd__'
    def __lt__(self, other):
        return 'A.__lt__'
class B(A):
    def __radd__(self, other):
        return 'B.__radd__'
    def __gt__(self, other):
        return 'B.__gt__'
print(A() + A(), A() + B(), B() + A(), 1 + A())
print(A() < A(), A() < B())
class N:
    def __add__(self, other):
        return NotImplemented
class R:
    def __radd__(self, other):
        return 'R.__radd__ got ' + type(other).__name__
print(N() + R())
try:
    N() + N()
except TypeError:
    print('TypeError')
