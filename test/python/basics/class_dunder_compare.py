# Rich comparison methods and their reflection.
class Ver:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return isinstance(o, Ver) and self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __repr__(self):
        return 'Ver(%d)' % self.n
a, b = Ver(1), Ver(2)
print(a < b, a <= b, a > b, a >= b, a == Ver(1), a != Ver(1), a == 1)
print(sorted([Ver(3), Ver(1), Ver(2)]), max([Ver(5), Ver(9)]))
class Only:
    pass
o = Only()
print(o == o, o != Only(), o == Only())
try:
    o < o
except TypeError:
    print('TypeError')
class Backwards:
    def __gt__(self, other):
        print('reflected __gt__')
        return True
print(1 < Backwards())
