# Calls (and class instantiations) that leave the last parameters to their defaults take the
# plain positional path in the interpreter and compiled code; too few arguments and keyword calls keep CPython's results.


def add(x, y=10, z=100):
    return x + y + z


adders = [lambda x, i=i: x + i for i in range(5)]


def run():
    total = 0
    for r in range(300):
        total += add(r) + add(r, 1) + add(r, 1, 2)
        for f in adders:
            total += f(r)
    return total


class Box:
    def __init__(self, w, h=None, tags=[]):
        self.w = w
        self.h = w if h is None else h
        self.tags = tags


def boxes():
    out = []
    for r in range(300):
        out.append(Box(r))
        out.append(Box(r, 2))
        out.append(Box(r, 2, ["t"]))
    return out


print(run())
made = boxes()
print(made[3].w, made[3].h, made[4].h, made[5].tags, made[0].tags is made[3].tags, Box(1, h=5).h)
try:
    Box()
except TypeError:
    print("TypeError")
print(add(1), add(1, 2), add(1, 2, 3), add(1, z=0), [f(1) for f in adders])
try:
    add()
except TypeError:
    print("TypeError")
try:
    adders[0]()
except TypeError:
    print("TypeError")
