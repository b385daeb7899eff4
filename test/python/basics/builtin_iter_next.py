# iter and next, with a sentinel and with a default.
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None))
try:
    next(it)
except StopIteration:
    print('StopIteration')
data = [5, 4, 3, 0, 2]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, 0)))
print(next(iter('xyz')), list(iter((1, 2))), iter(it) is it)
d = iter({'k': 1, 'j': 2})
print(next(d), next(d))
