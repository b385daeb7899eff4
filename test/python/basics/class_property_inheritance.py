# Properties are inherited, overridden, and reachable through super().
class Shape:
    def __init__(self, w):
        self._w = w
    @property
    def width(self):
        return self._w
    @property
    def area(self):
        return self.width ** 2
class Doubled(Shape):
    @property
    def width(self):
        return super().width * 2
class Fixed(Shape):
    width = 10
s, d, f = Shape(3), Doubled(3), Fixed(3)
print(s.width, s.area, d.width, d.area, f.width, f.area)
class Settable(Shape):
    @Shape.width.setter
    def width(self, v):
        self._w = v
x = Settable(1)
x.width = 7
print(x.width, x.area)
try:
    s.width = 5
except AttributeError:
    print('AttributeError')
print(isinstance(Shape.__dict__['width'], property))
