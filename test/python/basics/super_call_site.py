# super() in compiled methods builds the super object inline when self is an instance of the
# class; classmethods, metaclass methods and explicit super(C, x) calls take the general call.


class Base:
    def __init__(self, v):
        self.v = v

    def m(self, k):
        return k + 1

    @classmethod
    def make(cls, v):
        return cls(v)


class Child(Base):
    def __init__(self, v):
        super().__init__(v * 2)

    def m(self, k):
        return super().m(k) * 10

    @classmethod
    def make(cls, v):
        return super().make(v + 1)


class Grand(Child):
    def m(self, k):
        return super().m(k) + 3


total = 0
for i in range(300):
    c = Child(i)
    g = Grand(i)
    total += c.m(i) + g.m(i) + c.v + Child.make(i).v
print(total)


class Meta(type):
    def __call__(cls, *args):
        obj = super().__call__(*args)
        obj.tag = "meta"
        return obj


class WithMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x


for i in range(300):
    w = WithMeta(i)
print(w.x, w.tag)


def explicit(c, x):
    return super(c, x)


for i in range(300):
    explicit(Child, Grand(1))
print(explicit(Child, Grand(1)).m(1), explicit(Grand, Grand).make(5).v)
for c, x in ((Grand, Child(1)), (1, Child(1)), (Child, 5)):
    try:
        explicit(c, x)
    except TypeError:
        print("TypeError")

super = lambda *a: "replaced"
print(explicit(Child, Grand(1)))
del super
print(type(explicit(Base, Child(3))).__name__)


class MetaBase(type):
    def describe(cls):
        return "MetaBase.describe " + cls.__name__


class SubMeta(MetaBase):
    def describe(cls):
        return "SubMeta+" + super().describe()


def explicit_meta(c, x):
    return super(c, x).describe()


for i in range(300):
    explicit_meta(SubMeta, SubMeta("K", (), {}))
print(explicit_meta(SubMeta, SubMeta("K", (), {})), SubMeta("Q", (), {}).describe())
