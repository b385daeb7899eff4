# Compiled functions without exception handlers end an exception in a shorter epilogue: gen.throw()
# into such a generator and an error through such frames keep CPython's tracebacks.
import traceback


def plain(n):
    for i in range(n):
        yield i


def show(e):
    for line in traceback.format_exception(e):
        for part in line.split("\n"):
            if part.startswith("  File"):
                print(part.split(", ", 1)[1])
            elif part and not part.startswith(" "):
                print(part)


for r in range(300):
    sum(plain(3))
g = plain(5)
next(g)
try:
    g.throw(ValueError("into plain"))
except ValueError as e:
    show(e)
print(list(g))


def deep(x):
    return {}[x] if x else plain(0)


def outer(x):
    return deep(x)


for r in range(300):
    outer(0)
try:
    outer("k")
except KeyError as e:
    show(e)
