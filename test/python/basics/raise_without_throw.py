# Compiled code raises KeyError and IndexError from `d[k]`, `l[i]` and `t[i]`, and ValueError from
# `int(s)`, without a JS throw: the errors, their handlers and context stay CPython's
# (tracebacks through such frames: no_handler_epilogue.py).


def get(c, k):
    try:
        return c[k]
    except KeyError as e:
        return ("KeyError", e.args)
    except IndexError as e:
        return ("IndexError", type(e).__name__)


def parse(s):
    try:
        return int(s)
    except ValueError:
        return "bad"


def chained(d):
    try:
        raise RuntimeError("first")
    except RuntimeError:
        try:
            return d["missing"]
        except KeyError as e:
            return type(e.__context__).__name__


class D(dict):
    def __missing__(self, k):
        return "missing " + str(k)


for r in range(300):
    get({"a": 1}, "a" if r % 2 else "b")
    get([1, 2], r % 4 - 2)
    parse(str(r) if r % 3 else "x")

print(get({"a": 1}, "a"), get({"a": 1}, "b"), get({(1, 2): 3}, (1, 2)), get({}, (1, 2)), get({1: 2}, 1.0))
print(get([1, 2, 3], 2), get([1, 2, 3], 3), get([1, 2, 3], -3), get([1, 2, 3], -4), get((4, 5), 9), get((), 0))
print(get(D(), "k"), get("abc", 1), get({True: 1}, 1), get([1], True))
print(parse("12"), parse(" -7 "), parse("1_000"), parse("x"), parse(""), parse("4.5"), parse("99999999999999999999"))
print(chained({}))
try:
    get({}, [1])
except TypeError:
    print("TypeError")


class Sub(str):
    pass


print(parse(Sub("41")), parse(b"5"), parse(7.9), parse(True))
int = lambda s: "rebound " + s
print(parse("3"))
del int
print(int(Sub("101"), 2), int(Sub(" 8 ")))
