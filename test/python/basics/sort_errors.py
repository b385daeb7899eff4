# Sorting values that cannot be compared raises TypeError; a failing key propagates.
try:
    sorted([1, 'a', 2])
except TypeError:
    print('TypeError mixed')
try:
    [None, 1].sort()
except TypeError:
    print('TypeError None')
def bad_key(x):
    if x == 3:
        raise ValueError('key failed on 3')
    return x
try:
    sorted([1, 2, 3], key=bad_key)
except ValueError as e:
    print('ValueError', e)
print(sorted([1, 2.5, True, 0]), sorted(['b', 'a'], key=None))
try:
    max(1, 'a')
except TypeError:
    print('TypeError max')
