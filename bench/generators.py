# generators: closures (nonlocal, factories), generators, yield from pipelines and comprehensions.


def make_counter(start):
    n = start

    def inc(k):
        nonlocal n
        n += k
        return n
    return inc


def make_adders(count):
    return [lambda x, i=i: x + i for i in range(count)]


def naturals(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def evens(source):
    for v in source:
        if v % 2 == 0:
            yield v


def squares(source):
    for v in source:
        yield v * v


def chain(*sources):
    for s in sources:
        yield from s


def tree(depth):
    # A recursive generator: yield from nested sub-generators.
    if depth == 0:
        yield 1
        return
    yield depth
    yield from tree(depth - 1)
    yield from tree(depth - 1)


def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


def delegate():
    result = yield from accumulator()
    yield "done %d" % result


def run(rounds):
    checksum = 0
    counter = make_counter(0)
    adders = make_adders(10)
    for r in range(rounds):
        checksum += sum(squares(evens(naturals(2000))))
        checksum += sum(chain(naturals(300), range(100), [r, r + 1]))
        checksum += sum(tree(9))
        checksum += sum([x * 2 for x in range(400) if x % 3])
        checksum += sum(x for x in range(400) if x % 5 == 1)
        d = {k: k * k for k in range(50)}
        checksum += len(d) + d[49]
        g = delegate()
        next(g)
        for v in range(100):
            g.send(v)
        checksum += len(g.send(None))
        for f in adders:
            checksum += f(counter(1))
        checksum %= 1000000007
    return checksum, counter(0)


print(run(1800))
