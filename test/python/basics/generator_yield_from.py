# yield from delegates to a sub-iterator and returns its return value.
def inner():
    yield 1
    yield 2
    return 'inner result'
def outer():
    result = yield from inner()
    print('got', result)
    yield 3
print(list(outer()))
def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4]], 5]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', range(2), (9,))))
