# Compiled code shortcuts `str(n)`, `len(s)` and `s + t`: ints of every size, strings with
# surrogate pairs, str rebound, str subclasses and the TypeError of str + int stay as in CPython.


def text(x):
    return str(x)


def size(s):
    return len(s)


def join2(a, b):
    return a + b


class T(str):
    def __len__(self):
        return 99

    def __add__(self, other):
        return "T+" + other


for r in range(300):
    text(r - 150)
    size("abc" * (r % 3))
    join2("a", "b" * (r % 2))

print(text(0), text(-0), text(-17), text(2**53), text(2**53 - 1), text(-2**63), text(1.5), text(True), text(None))
print(repr(text("")), text("same"), text(T("sub")), type(text(T("sub"))).__name__)
print(size(""), size("x"), size("\U0001F600"), size("ab\U0001F600cd" * 20), size(T("q")), size([1, 2]))
print(join2("", ""), join2("ab", "cd"), join2("\U0001F600", "x"), join2(T("l"), "r"), join2(1, 2), join2([1], [2]))
try:
    join2("a", 1)
except TypeError:
    print("TypeError")
try:
    join2(1, "a")
except TypeError:
    print("TypeError")
str = lambda x: "rebound"
print(text(5))
