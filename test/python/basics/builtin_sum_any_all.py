# sum, any and all.
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum(range(101)), sum([0.5, 0.25]))
print(sum([[1], [2]], []), sum(x * x for x in range(4)), sum([1, 2.5]), sum([True, True]))
print(any([]), all([]), any([0, '', None]), any([0, 1]), all([1, 'a']), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
def noisy(x):
    print('check', x)
    return x
print(any(noisy(x) for x in [0, 1, 2]))
print(all(noisy(x) for x in [1, 0, 2]))
