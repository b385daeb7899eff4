# `for i, x in enumerate(seq)` steps lists and tuples inline in compiled code; other iterables,
# start values past the safe-int range, subclasses and a list changed while iterated behave alike.


def pairs(seq, start=0):
    out = []
    for i, x in enumerate(seq, start):
        out.append((i, x))
    return out


class E(enumerate):
    pass


class L(list):
    def __iter__(self):
        return iter([7, 8])


for r in range(300):
    pairs([r, r + 1], r)
print(pairs([1, 2, 3]), pairs((4, 5), -2), pairs("ab"), pairs(range(2), 10))
print(pairs([9], 2**53 - 1), pairs([1, 2], 2**53), pairs([3, 4], 2**70))
print(pairs(L([1, 2, 3])), pairs({"k": 1}), pairs(iter([5])), pairs([]))

grow = [1, 2]
for i, x in enumerate(grow):
    if i < 3:
        grow.append(x * 10)
print(grow)


def walk_sub(seq):
    out = []
    for i, x in E(seq):
        out.append(i * x)
    return out


print(walk_sub([1, 2, 3]))
try:
    for i, (x, y) in enumerate([(2, 3), 1]):
        pass
except TypeError:
    print("TypeError")
it = enumerate([1, 2])
for i, x in it:
    break
print(list(it), list(it))
