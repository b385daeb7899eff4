# A generator's return value is carried by StopIteration.value.
def g():
    yield 1
    return 'final'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print('value', e.value, e.args)
def h():
    return 5
    yield
try:
    next(h())
except StopIteration as e:
    print('value', e.value)
def plain():
    yield 1
p = plain()
next(p)
try:
    next(p)
except StopIteration as e:
    print('value', e.value)
e = StopIteration(3)
print(e.value, StopIteration().value)
