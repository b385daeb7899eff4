# methods: method calls, properties, inheritance, super() and special methods on small objects.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)


class Shape:
    count = 0

    def __init__(self, origin):
        self._origin = origin
        Shape.count += 1

    @property
    def origin(self):
        return self._origin

    @origin.setter
    def origin(self, value):
        self._origin = value

    def area(self):
        return 0

    def describe(self):
        return self.kind() + ":" + str(self.area())

    def kind(self):
        return "shape"

    @staticmethod
    def clamp(v, lo, hi):
        return lo if v < lo else hi if v > hi else v

    @classmethod
    def unit(cls):
        return cls(Vec(0, 0), 1)


class Rect(Shape):
    def __init__(self, origin, w, h=None):
        super().__init__(origin)
        self.w = w
        self.h = w if h is None else h

    def area(self):
        return self.w * self.h

    def kind(self):
        return "rect"

    @property
    def corner(self):
        return self.origin + Vec(self.w, self.h)


class Square(Rect):
    def __init__(self, origin, side):
        super().__init__(origin, side, side)

    def kind(self):
        return "square"


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, k):
        self.n += k
        return self.n

    def __len__(self):
        return self.n % 1000

    def __getitem__(self, i):
        return i * 2 + self.n % 3


def run(n):
    shapes = [Rect(Vec(i, -i), i % 7 + 1, i % 5 + 1) for i in range(50)]
    shapes += [Square(Vec(-i, i), i % 4 + 1) for i in range(50)]
    shapes.append(Rect.unit())
    shapes.append(Square.unit())
    total = 0
    acc = Vec(0, 0)
    counter = Counter()
    for step in range(n):
        for s in shapes:
            total += s.area()
            c = s.corner
            acc = acc + c - s.origin
            s.origin = Vec(Shape.clamp(s.origin.x + 1, -100, 100), s.origin.y)
        total += counter(step % 13) + len(counter) + counter[step % 5]
        if acc == Vec(0, 0):
            total += 1
        total += acc.dot(Vec(1, 2)) % 1000
    return total, acc.x, acc.y, counter.n


print(run(4000))
print(Shape.count, Rect.unit().describe(), Square.unit().describe(), Shape(Vec(1, 1)).describe())
