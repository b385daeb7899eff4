# `x[lo:hi]` of a str, list or tuple is cut in compiled code without a slice object; bounds past
# either end, negative, None, bools, big ints, surrogate pairs, subclasses and other types behave
# as the general path does.


def cut(x, lo, hi):
    return x[lo:hi]


def head(x, n):
    return x[:n]


def tail(x, n):
    return x[n:]


class S(str):
    def __getitem__(self, k):
        return "S" + str(k)


class L(list):
    pass


for r in range(300):
    cut("hello", 1, r % 4)
    head([1, 2, 3], r % 5 - 2)
    tail((1, 2, 3), r % 3)

word, nums, tup = "hello world", [0, 1, 2, 3, 4], (5, 6, 7)
for lo, hi in [(0, 3), (-3, None), (None, -2), (4, 2), (-100, 100), (100, 200), (None, None), (True, 3), (0, False)]:
    print(lo, hi, repr(cut(word, lo, hi)), cut(nums, lo, hi), cut(tup, lo, hi))
print(head("ab\U0001F600cd", 3), tail("\U0001F600xyz", 1), len(cut("a\U0001F600b", 0, 2)))
print(cut(S("abc"), 0, 2), type(cut(L([1, 2, 3]), 0, 2)).__name__, cut(b"bytes", 1, 3), cut(range(10), 2, 5))
print(nums[:] is nums, head(nums, 99) == nums, cut(nums, 2**70, None), cut(word, -2**70, 2))
for bad in [(1.5, 2), ("a", None)]:
    try:
        cut(word, *bad)
    except TypeError:
        print("TypeError", bad)
try:
    cut(42, 0, 1)
except TypeError:
    print("TypeError")
