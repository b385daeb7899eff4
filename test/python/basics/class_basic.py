# Classes: __init__, methods, instance and class attributes.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
q = p.moved(1, 1)
print(q.x, q.y, type(q).__name__, type(q) is Point)
print(Point.norm2(p), p.norm2.__name__)
m = p.norm2
print(m())
p.z = 5
print(p.z, hasattr(q, 'z'))
print(Point.__name__, isinstance(p, Point), isinstance(3, Point))
