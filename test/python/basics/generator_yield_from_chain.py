# Values, send(), throw(), close() and return values through chains of yield from, including
# exceptions raised deep in the chain, "generator already executing", and sub-iterators that
# are not generators at the bottom.


def tree(depth):
    if depth == 0:
        yield 1
        return 'leaf'
    yield depth
    a = yield from tree(depth - 1)
    b = yield from tree(depth - 1)
    return '%d:%s,%s' % (depth, a[:1], b[:1])


g = tree(4)
values = []
while True:
    try:
        values.append(next(g))
    except StopIteration as e:
        print('returned', e.value)
        break
print(values)


def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def middle():
    r = yield from accumulate()
    print('middle got', r)
    return r * 2


def top():
    r = yield from middle()
    print('top got', r)
    yield 'top done'


t = top()
print(next(t), t.send(1), t.send(2), t.send(3))
print(t.send(None))


def leaf_raises(n):
    yield n
    raise KeyError(n)


def catcher():
    try:
        yield from relay(leaf_raises(5))
    except KeyError as e:
        print('caught in catcher', repr(e))
        yield 'recovered'


def relay(it):
    r = yield from it
    return r


c = catcher()
print(list(c))


def finally_chain(level):
    try:
        if level == 0:
            yield 'bottom'
            yield 'bottom2'
        else:
            yield from finally_chain(level - 1)
    finally:
        print('finally', level)


fc = finally_chain(3)
print(next(fc))
fc.close()
fc = finally_chain(2)
print(next(fc))
try:
    fc.throw(ValueError('thrown'))
except ValueError as e:
    print('throw came back', e)


outer_ref = None


def reenter():
    yield 1
    try:
        next(outer_ref)
    except ValueError as e:
        print('ValueError', e)
    yield 2


def outer_gen():
    yield from relay(reenter())


outer_ref = outer_gen()
print(list(outer_ref))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration('liftoff')
        self.n -= 1
        return self.n


def wraps_iterator():
    r = yield from Countdown(3)
    print('iterator returned', r)
    yield from range(2)
    yield from [7, 8]


print(list(relay(relay(wraps_iterator()))))


def stop_inside():
    yield 1
    raise StopIteration('oops')


try:
    print(list(relay(relay(stop_inside()))))
except RuntimeError as e:
    print('RuntimeError', e)


def handled():
    try:
        raise IndexError('outer handled')
    except IndexError:
        yield from relay(tree(1))
        try:
            raise
        except IndexError as e:
            print('still handling', e)


h = handled()
try:
    raise TypeError('caller')
except TypeError:
    print(next(h))
print(list(h))


def exhausted_sub():
    inner = tree(0)
    list(inner)
    r = yield from inner
    print('exhausted sub returned', r)
    yield 'after'


print(list(relay(exhausted_sub())))
