# Compiled fast paths test a value's exact class (list, tuple, float, iterator types): subclasses
# and look-alikes must take the general path and behave the same.


class L(list):
    def __len__(self):
        return 42


class T(tuple):
    pass


class F(float):
    def __add__(self, other):
        return "F.add"


class Appender:
    append = list.append


def work(seq, pair, x, y):
    n = len(seq)
    a, b = pair
    first = seq[0]
    if not isinstance(seq, (tuple, range)):
        seq[0] = first
    total = 0
    for v in seq:
        total += v
    return n, a, b, x + y, x * y, total


out = []
for i in range(300):
    out.append(work([1, 2, 3], (i, 2), 1.5, 2.0))
print(out[-1])
print(work(L([1, 2, 3]), T((7, 8)), F(1.5), 2.0))
print(work((4, 5, 6), [9, 10], 2.5, F(0.5)))
print(work(bytearray(b"abc"), "xy", 3, 4.0))
print(work(range(3), iter([5, 6]), 2**60, 2**60))
try:
    work([1], (1, 2, 3), 1.0, 2.0)
except ValueError as e:
    print("ValueError")
try:
    Appender().append(1)
except TypeError:
    print("TypeError")


def gen():
    yield 1
    yield 2


def iterate(it):
    s = []
    for v in it:
        s.append(v)
    return s


for i in range(300):
    iterate([i])
print(iterate(gen()), iterate("héllo"), iterate((1, 2)), iterate(range(2, 8, 3)), iterate(iter([3])), iterate({"k": 1}))
