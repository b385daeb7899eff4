# Starred items in list, tuple and set displays, ** in dict displays, * in calls.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), (*a,), [*'hi', *range(2)])
print(sorted({*a, *b, 1}))
d1 = {'x': 1, 'y': 2}
d2 = {'y': 20, 'z': 30}
print({**d1, **d2}, {**d2, **d1}, {'w': 0, **d1, 'x': 'over'})
print(*a, *b)
print(*'abc', sep='-')
print(*[], 'only')
