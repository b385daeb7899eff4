# *args collects extra positional arguments into a tuple.
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()).__name__)
def g(first, *rest):
    return first, rest
print(g(1), g(1, 2, 3))
def h(a, *args, b=5):
    return a, args, b
print(h(1, 2, 3), h(1, 2, b=3))
print(f(*range(3), *'ab'))
print(max(*[4, 8, 2]))
