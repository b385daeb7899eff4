# isinstance(x, C) is done inline at compiled call sites while C is a class whose metaclass is
# `type`; everything else takes the general call.


class A:
    pass


class B(A):
    pass


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"


class M(metaclass=Meta):
    pass


def check(x, c):
    return isinstance(x, c)


values = [A(), B(), 1, True, 2.5, "s", None, [1], (1,), {}, 10**30, A]
classes = [A, B, int, bool, float, str, object, type, list, tuple, dict, type(None)]
rows = []
for i in range(300):
    v = values[i % len(values)]
    c = classes[(i // len(values)) % len(classes)]
    rows.append(check(v, c))
print(sum(rows), rows[:40])
print(check("magic", M), check("other", M), check(M(), M))
print(check(B(), (int, A)), check(3, (str, (float, int))), check(3, ()))
for bad in (1, "A", [A], None):
    try:
        check(A(), bad)
    except TypeError:
        print("TypeError", type(bad).__name__)


def shadowed(x):
    return isinstance(x, A)


for i in range(300):
    shadowed(A())
isinstance = lambda x, c: "replaced"
print(shadowed(A()), check(1, int))
del isinstance
print(shadowed(B()), shadowed(1))
