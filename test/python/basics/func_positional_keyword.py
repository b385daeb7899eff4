# Calling with positional and keyword arguments.
def f(a, b, c):
    return (a, b, c)
print(f(1, 2, 3), f(1, c=3, b=2), f(c=1, a=2, b=3), f(1, 2, c=0))
def g(x, y=10):
    return x - y
print(g(5), g(5, 1), g(y=1, x=5))
print(f(*[1, 2], 3), f(**{'a': 1, 'b': 2, 'c': 3}), f(1, *(2,), **{'c': 3}))
