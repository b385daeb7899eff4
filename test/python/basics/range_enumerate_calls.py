# range(...) and enumerate(x) called in a loop (compiled) construct directly; their argument
# errors, keywords and subclasses of enumerate still go the general way.
class E(enumerate):
    pass


def build(k):
    r = [range(k), range(1, k), range(k, 0, -2), list(enumerate("ab")), list(enumerate("ab", 3)), list(E("xy"))]
    for bad in (lambda: range("a"), lambda: range(1, 2, 0), lambda: range(), lambda: range(1, 2, 3, 4),
                lambda: range(stop=3), lambda: enumerate(5), lambda: enumerate(), lambda: range(1.5)):
        try:
            r.append(bad())
        except (TypeError, ValueError) as e:
            r.append(type(e).__name__)
    return r


for k in range(300):
    out = build(k % 7)
print(out)
print(type(E("a")).__name__, list(range(2 ** 60, 2 ** 60 + 2)), range(0, 10 ** 20, 3)[-1])
