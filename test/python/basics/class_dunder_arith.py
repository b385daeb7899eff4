# Arithmetic operator methods: __add__, __radd__, __iadd__, __sub__, __mul__, __neg__ and more.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'V(%r, %r)' % (self.x, self.y)
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
a = V(1, 2)
b = V(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, +a, abs(b))
print(sum([a, b]), b / 2, b // 2, b % 2)
try:
    a + 1
except TypeError:
    print('TypeError')
