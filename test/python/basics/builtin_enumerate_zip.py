# enumerate and zip.
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)))
for i, (a, b) in enumerate(zip('xy', [10, 20])):
    print(i, a, b)
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])))
print(list(zip(*[(1, 'a'), (2, 'b')])))
e = enumerate('pq', start=-1)
print(next(e), next(e))
print(dict(zip('abc', range(3))))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError:
    print('ValueError')
