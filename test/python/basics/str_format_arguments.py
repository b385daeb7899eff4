# str.format reads its positional and keyword arguments without binding them to a signature.
print("{} {}".format(1, 2), "{1}{0}".format('a', 'b'), "{x}-{y}".format(x=1, y=2), "{0}{x}".format(5, x=6))
print("{self}|{args}|{kwargs}".format(self=1, args=2, kwargs=3))
print("{0}".format(*[7]), "{k}".format(**{'k': 8}))
bound = "{}+{}".format
print(bound(1, 2), str.format("{}-{}", 3, 4))
for fn, args in [(bound, (1,)), (str.format, ("{2}", 1, 2))]:
    try:
        print(fn(*args))
    except IndexError as e:
        print('IndexError', e)
try:
    print(str.format())
except TypeError as e:
    print('TypeError', e)
try:
    print(str.format(5))
except TypeError as e:
    print('TypeError', e)
try:
    print("{a}".format(b=1))
except KeyError as e:
    print('KeyError', e)
for i in range(3):
    print("{:>8}|{:<6}|{:05d}|{}".format("item%d" % i, i * 3, i * 42, "x" * i))
