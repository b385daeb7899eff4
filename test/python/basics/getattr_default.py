# getattr(obj, name, default) answers the default for a missing attribute, and for an
# AttributeError raised by a property or __getattr__, without hiding other exceptions.


class P:
    x = 1

    @property
    def broken(self):
        raise AttributeError("inside")

    @property
    def failing(self):
        raise ValueError("not hidden")


class G:
    def __getattr__(self, name):
        if name.startswith("dyn"):
            return name.upper()
        raise AttributeError(name)


p, g = P(), G()
hits = 0
for r in range(300):
    if getattr(p, "x" if r % 2 else "y", None) is not None:
        hits += 1
print(hits, getattr(p, "x", 0), getattr(p, "nope", "default"), getattr(p, "broken", "caught"))
print(getattr(g, "dynamic", None), getattr(g, "other", "fallback"), getattr(1, "real", None), getattr(None, "q", 5))
try:
    getattr(p, "failing", None)
except ValueError as e:
    print("ValueError", e)
try:
    getattr(p, "nope")
except AttributeError:
    print("AttributeError")
