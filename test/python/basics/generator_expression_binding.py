# A generator expression evaluates its first iterable at once and everything else lazily.
try:
    g = (x for x in 5)
except TypeError:
    print('TypeError at creation')
y = 1
g = (x + y for x in range(2))
y = 10
print(list(g))
src = [1, 2]
g = (x for x in src)
src = [7, 8]
print(list(g))
def outer():
    n = 2
    return (i * n for i in range(3))
print(list(outer()))
pairs = ((a, b) for a in range(2) for b in range(a, 2))
print(list(pairs))
