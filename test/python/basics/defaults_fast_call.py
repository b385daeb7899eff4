# Calls that leave the last parameters to their defaults take the plain positional path in
# compiled code; too few arguments and keyword calls keep CPython's results.


def add(x, y=10, z=100):
    return x + y + z


adders = [lambda x, i=i: x + i for i in range(5)]


def run():
    total = 0
    for r in range(300):
        total += add(r) + add(r, 1) + add(r, 1, 2)
        for f in adders:
            total += f(r)
    return total


print(run())
print(add(1), add(1, 2), add(1, 2, 3), add(1, z=0), [f(1) for f in adders])
try:
    add()
except TypeError:
    print("TypeError")
try:
    adders[0]()
except TypeError:
    print("TypeError")
