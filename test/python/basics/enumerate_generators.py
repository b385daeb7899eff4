# enumerate, zip and map over generators consume them lazily and once.
def gen():
    for c in 'abc':
        print('yield', c)
        yield c
e = enumerate(gen(), 10)
print(next(e))
print(list(e))
g = gen()
z = zip(g, range(2))
print(list(z))
print(next(g, 'g exhausted'))
m = map(str.upper, gen())
print(next(m), next(m))
print(list(zip('ab', 'xyz', [1, 2, 3])))
