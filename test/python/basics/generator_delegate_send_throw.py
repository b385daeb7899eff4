# send() and throw() pass through yield from to the inner generator.
def inner():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print('inner caught', e)
            x = 0
        if x is None:
            return total
        total += x
def outer():
    result = yield from inner()
    print('inner returned', result)
    yield 'outer done'
g = outer()
print(next(g))
print(g.send(5))
print(g.send(10))
print(g.throw(ValueError('oops')))
print(g.send(1))
print(g.send(None))
def closer():
    try:
        yield 1
    finally:
        print('inner finally')
def wrap():
    yield from closer()
w = wrap()
next(w)
w.close()
print('closed wrapper')
