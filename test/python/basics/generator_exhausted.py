# An exhausted or finished generator keeps raising StopIteration.
def g():
    yield 1
it = g()
print(list(it), list(it))
print(next(it, 'default'))
for x in it:
    print('never')
print('loop over exhausted ok')
def boom():
    yield 1
    raise ValueError('inside')
b = boom()
next(b)
try:
    next(b)
except ValueError as e:
    print('ValueError', e)
print(next(b, 'finished after error'))
def running():
    yield gen.send(None)
gen = running()
try:
    next(gen)
except ValueError:
    print('ValueError already executing')
