# Starred assignment targets.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = 'xyz'
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
first, *_ = (9, 8, 7)
print(first, _)
(a, b), (c, *d) = [(1, 2), (3, 4, 5)]
print(a, b, c, d)
[p, q] = 'pq'
print(p, q)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
try:
    a, b = [1, 2, 3]
except ValueError:
    print('ValueError too many')
try:
    a, b, c = [1, 2]
except ValueError:
    print('ValueError not enough')
