# for-loops over ranges of every shape, in a function called often enough to be compiled: the
# second tier steps ranges of safe ints inline and leaves the others to the iterator.
def walk(r):
    total = 0
    count = 0
    last = None
    for i in r:
        total += i
        count += 1
        last = i
    return total, count, last


big = 2 ** 53
shapes = [
    range(10), range(0), range(5, 5), range(10, 0), range(10, 0, -1), range(-3, 4, 2),
    range(0, -10, -3), range(7, 8), range(big - 3, big + 3), range(-big - 2, -big + 2),
    range(big + 10, big, -4), range(0, 100, 25), range(3, -3, -1),
]
results = []
for rep in range(300):
    for r in shapes:
        results.append(walk(r))
for r, res in zip(shapes, results[-len(shapes):]):
    print(r, res)
print(len(results), sum(res[1] for res in results))

# An exhausted iterator stays exhausted; one shared by two loops resumes where the first stopped.
it = iter(range(6))
for i in it:
    if i == 2:
        break
print(list(it), list(it))
for rep in range(300):
    it = iter(range(rep % 4))
    for _ in it:
        pass
    assert next(it, "done") == "done"
print("ok")
