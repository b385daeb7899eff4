# map and filter, which are lazy.
print(list(map(str, [1, 2, 3])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
calls = []
def track(x):
    calls.append(x)
    return x * 2
m = map(track, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
print(list(map(pow, [2, 3], [3, 2])))
print(sum(map(int, '12345')))
