# A traceback through a chain of generators delegating with yield from.
def leaf():
    yield 1
    yield 2
    raise KeyError('leaf 3')
def middle():
    yield from leaf()
def top():
    yield 0
    yield from middle()
for v in top():
    print('value', v)
