# __ne__ defaults to the inverse of __eq__; NotImplemented falls back to identity.
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return self.v == other.v
a, b, c = P(1), P(1), P(2)
print(a == b, a != b, a == c, a != c, a == 1, a != 1)
print(a in [c, b], [a] == [b], (a,) == (c,))
class Weird:
    def __eq__(self, other):
        return 'truthy string'
print(Weird() == 1, bool(Weird() == 1), Weird() != 1)
class Plain:
    pass
x = Plain()
print(x == x, x != x, x == Plain(), x != Plain())
