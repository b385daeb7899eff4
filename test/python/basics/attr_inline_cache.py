# Attribute sites compiled with their cache entry inline (a loop hot enough to be compiled first
# sees one class), then meeting what the entry does not cover.


class P:
    def __init__(self, x):
        self.x = x
        self.y = x * 2

    def m(self):
        return self.x + 1


def read(o):
    return o.x


def call(o):
    return o.m()


def write(o, v):
    o.x = v


def add_attr(o, v):
    o.z = v


ps = [P(i) for i in range(300)]
total = 0
for p in ps:
    total += read(p) + call(p)
    write(p, p.x + 1)
    add_attr(p, p.y)
print(total, ps[5].x, ps[5].z)

# A property added to the class after the sites warmed wins over the instance's value.
P.x = property(lambda self: -1, lambda self, v: print("set x", v))
print(read(ps[0]), call(ps[0]))
write(ps[0], 99)
del P.x
print(read(ps[0]))

# A method replaced on the class, and one shadowed by an instance attribute.
P.m = lambda self: "new m"
print(call(ps[1]))
ps[2].m = lambda: "own m"
print(call(ps[2]), call(ps[3]))


# Other receivers at the same sites: a subclass, a class with __slots__, one with __getattr__,
# an instance whose attributes moved to a dict, a class object, builtins.
class Sub(P):
    pass


class Slotted:
    __slots__ = ("x", "z")

    def __init__(self):
        self.x = "slot"

    def m(self):
        return "slotted m"


class Dyn:
    def __getattr__(self, name):
        return "dyn " + name

    def m(self):
        return "dyn m"


class K:
    x = "class attr"

    @staticmethod
    def m():
        return "static m"


s = Sub(7)
d = P(8)
vars(d)["x"] = "from dict"
print(read(s), call(s), read(Slotted()), call(Slotted()), read(Dyn()), call(Dyn()), read(d), call(d))
print(read(K), call(K))
for bad in (1, "s", None, 2.5, [1]):
    try:
        read(bad)
    except AttributeError:
        print("AttributeError", type(bad).__name__)
    try:
        call(bad)
    except AttributeError:
        print("AttributeError", type(bad).__name__)

sl = Slotted()
write(sl, "w")
add_attr(sl, "z")
print(sl.x, sl.z)
try:
    write(sl, 1) or add_attr(Slotted(), 1) or setattr(sl, "q", 1)
except AttributeError:
    print("AttributeError slots")

# Attributes deleted and set in another order: other shapes at the same sites.
q = P(1)
del q.y
q.y = 5
write(q, 3)
add_attr(q, 4)
print(read(q), q.y, q.z, call(q))


class Base:
    def __init__(self):
        self.x = "base"


b = Base()
write(b, "written")
print(read(b))
Base.x = property(lambda self: "prop")
print(read(b))
