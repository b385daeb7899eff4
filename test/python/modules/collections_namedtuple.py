# collections.namedtuple: fields, indexing, unpacking, repr and equality.
from collections import namedtuple
Point = namedtuple('Point', ('x', 'y'))
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), type(p).__name__)
q = Point(y=5, x=4)
print(q, list(q))
Color = namedtuple('Color', 'r g b')
c = Color(255, 128, 0)
print(c, c.g, max(c))
try:
    p.x = 10
except AttributeError:
    print('AttributeError')
print(Point(*[7, 8]))
