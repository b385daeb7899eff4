# A list or tuple iterator that has run out stays exhausted when its list grows afterwards, in the
# interpreter, in compiled FOR_ITER and through next().


def drain(it):
    out = []
    for x in it:
        out.append(x)
    return out


for r in range(300):
    drain(iter([r, r + 1]))

items = [1, 2]
it = iter(items)
print(drain(it))
items.append(3)
print(drain(it), next(it, "done"))
items2 = [4]
it2 = iter(items2)
print(next(it2), next(it2, "end"))
items2.extend([5, 6])
print(next(it2, "still end"), drain(it2))
t = iter((7, 8))
print(drain(t), drain(t))
live = [1]
grow = iter(live)
print(next(grow))
live.append(2)
print(next(grow), next(grow, "over"))
