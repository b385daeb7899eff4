# Infinite generators stepped by hand.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
g = naturals()
print([next(g) for _ in range(5)])
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
out = []
for v in f:
    if v > 100:
        break
    out.append(v)
print(out)
print(next(f))
def cycle(seq):
    while True:
        yield from seq
c = cycle('ab')
print(''.join(next(c) for _ in range(5)))
