# Operators between two instances of one class, in loops hot enough to be compiled: which
# methods run, in what order, and the errors, as the general protocol has them. (The messages are
# CircuitPython's, so only the exception types are printed.)
log = []


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        log.append("add")
        return V(self.x + o.x)

    def __sub__(self, o):
        log.append("sub")
        return NotImplemented

    def __rsub__(self, o):
        log.append("rsub")
        return V(0)

    def __mul__(self, o):
        log.append("mul")
        return NotImplemented

    def __iadd__(self, o):
        log.append("iadd")
        return NotImplemented

    def __eq__(self, o):
        log.append(("eq", self.x, o.x))
        return NotImplemented if self.x < 0 else self.x == o.x

    def __lt__(self, o):
        log.append(("lt", self.x))
        return NotImplemented

    def __gt__(self, o):
        log.append(("gt", self.x))
        return self.x > o.x

    def __repr__(self):
        return "V(%d)" % self.x


class Sub(V):
    def __radd__(self, o):
        log.append("radd")
        return V(-1)


class Plain:
    pass


class Later:
    pass


def run(a, b):
    out = []
    for f in (lambda: a + b, lambda: a - b, lambda: a * b, lambda: a == b, lambda: a != b, lambda: a < b,
              lambda: a > b, lambda: a <= b):
        try:
            out.append(f())
        except TypeError as e:
            out.append("TypeError")
    c = a
    try:
        c += b
        out.append(c)
    except TypeError as e:
        out.append("TypeError")
    return out


for _ in range(200):
    log.clear()
    r = run(V(1), V(2))
print(r)
print(log)
for _ in range(200):
    log.clear()
    r = run(V(-1), V(-1))
print(r, log)
for _ in range(200):
    log.clear()
    r = run(V(3), Sub(1))
print(r, log)
p, q = Plain(), Plain()
for _ in range(200):
    r = run(p, q)
print([type(x).__name__ for x in r])
for _ in range(200):
    r = run(p, p)
print(r[3:5])
later = [Later(), Later()]
for i in range(400):
    if i == 200:
        Later.__add__ = lambda s, o: "added"
        Later.__eq__ = lambda s, o: "equal"
    try:
        r = (later[0] + later[1], later[0] == later[1])
    except TypeError:
        r = "TypeError"
    if i in (199, 399):
        print(r)
