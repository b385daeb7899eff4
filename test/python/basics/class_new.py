# __new__ runs before __init__ and can return an existing object.
class Single:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print('creating')
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print('init', value)
        self.value = value
a = Single(1)
b = Single(2)
print(a is b, a.value)
class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
u = Upper('shout')
print(u, len(u), isinstance(u, str))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, p[1])
