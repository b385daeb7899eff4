# Module attribute sites (`math.pi`, `m.f(x)`) read the module dict's value through their cache;
# compiled loops warm them first, then the module changes under them.
import math
import sys

me = sys.modules[__name__]
counter = 10


def read_pi():
    return math.pi


def read_counter():
    return me.counter


def call_helper(x):
    return me.helper(x)


def helper(x):
    return x + 1


t = 0
for i in range(300):
    t += read_counter() + call_helper(i)
    read_pi()
print(t, read_pi() == math.pi)

counter = 20
print(read_counter())
me.counter = 30
print(read_counter(), counter)


def helper(x):
    return "new helper %d" % x


print(call_helper(1))
me.helper = lambda x: "lambda %d" % x
print(call_helper(2))

del me.helper
try:
    call_helper(3)
except AttributeError:
    print("AttributeError")
try:
    read_counter.__globals__.pop("counter")
    read_counter()
except (AttributeError, KeyError):
    print("AttributeError counter")


def __getattr__(name):
    return "module getattr " + name


print(read_counter(), call_helper.__name__)
counter = 1
print(read_counter())
globals().update({"counter": 2, "helper": abs})
print(read_counter(), call_helper(-5))

pi = "my pi"


def read_any(mod):
    return mod.pi


def call_any(mod, v):
    return mod.floor(v)


def floor(v):
    return "my floor"


for i in range(300):
    read_any(me)
    call_any(me, i)
print(read_any(me), read_any(math), call_any(math, 2.5), call_any(me, -3))
for i in range(300):
    read_any(math)
print(read_any(me), read_any(math))
