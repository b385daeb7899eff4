# Generator expressions are lazy and single-use.
g = (x * x for x in range(5))
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ['a', 'abc']))
print(list((x, y) for x in range(2) for y in 'ab'))
def noisy(v):
    print('produce', v)
    return v
lazy = (noisy(i) for i in range(2))
print('before')
print(list(lazy))
print(''.join(c.upper() for c in 'abc'))
print(type(g).__name__)
