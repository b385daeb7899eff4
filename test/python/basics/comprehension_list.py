# List comprehensions with conditions and nesting.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([c for word in ['ab', 'cd'] for c in word])
print([x if x % 2 else -x for x in range(5)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for v in []], [1 for _ in 'abc'])
