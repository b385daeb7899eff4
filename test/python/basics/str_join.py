# str.join with various iterables.
print(','.join(['a', 'b', 'c']))
print(''.join('xyz'))
print('-'.join(str(i) for i in range(5)))
print(' '.join([]), repr(''.join([])))
print(', '.join(('x',)))
print('.'.join({'k1': 1, 'k2': 2}))
try:
    ''.join(['a', 1])
except TypeError as e:
    print('TypeError')
