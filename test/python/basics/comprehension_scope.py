# Comprehension variables do not leak; the first iterable is evaluated in the enclosing scope.
x = 'outer'
squares = [x for x in range(3)]
print(x, squares)
y = 10
print([y + i for i in range(3)])
def f():
    n = 5
    return [n * i for i in range(3)], {i: n for i in range(2)}, list(n + i for i in range(2))
print(f())
i = 'kept'
{i: i for i in range(2)}
{i for i in range(2)}
list(i for i in range(2))
print(i)
fs = [lambda: k for k in range(3)]
print([fn() for fn in fs])
