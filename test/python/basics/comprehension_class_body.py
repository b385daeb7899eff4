# Comprehensions in a class body see class names only in the first iterable.
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    size = 3
    table = {k: k for k in range(size)}
print(C.doubled, C.table)
class D:
    factor = 10
    try:
        scaled = [factor * v for v in range(3)]
    except NameError:
        scaled = 'NameError'
print(D.scaled)
