# The four comprehension kinds side by side.
src = ['apple', 'bob', 'cat', 'apple']
print([len(s) for s in src])
print({s: len(s) for s in src})
print(sorted({s[0] for s in src}))
g = (s.upper() for s in src)
print(next(g), list(g))
print({k: v for k, v in zip('abc', range(3)) if v})
print({i: {j: i * j for j in range(2)} for i in range(2)})
