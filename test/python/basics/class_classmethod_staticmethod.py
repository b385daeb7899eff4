# classmethod and staticmethod.
class Shape:
    registry = []
    def __init__(self, sides):
        self.sides = sides
    @classmethod
    def triangle(cls):
        return cls(3)
    @staticmethod
    def describe(n):
        return 'shape with %d sides' % n
    @classmethod
    def register(cls, name):
        cls.registry.append(name)
        return cls
class Square(Shape):
    pass
t = Shape.triangle()
s = Square.triangle()
print(t.sides, type(t).__name__, type(s).__name__)
print(Shape.describe(4), t.describe(5))
print(Shape.register('a') is Shape, Square.register('b') is Square, Shape.registry)
f = Shape.describe
print(f(6))
print(t.triangle().sides)
