# List repetition, membership, equality and identity.
a = [1, 2, 3]
print(a * 2, a * 0, 3 in a, 4 not in a)
print(a == [1, 2, 3], a is a, a[:] is a, a[:] == a)
print([[]] * 2, [None] * 3)
b = a
b.append(4)
print(a)
print(a.index(4), len(a * 100))
print([1, 2, 3] < [1, 2, 4], [2] > [1, 9], [] < [0])
print(sum([[1], [2, 3]], []))
