# What a native function or method tells about itself.
import time

print(len.__name__, len.__qualname__)
print(time.monotonic.__name__)
b = [1].append
print(b.__name__, b.__qualname__, b.__self__)
print(list.append.__name__, list.append.__qualname__, list.append.__objclass__)
print(str.join.__qualname__, dict.get.__objclass__ is dict)
print({}.get.__self__ == {}, "x".upper.__self__)


def describe(f):
    return getattr(f, "__qualname__", "?")


print([describe(f) for f in (print, abs, [].pop, str.split, describe)])
try:
    len.__name__ = "size"
except AttributeError:
    print("AttributeError")
try:
    list.append.__name__ = "push"
except AttributeError:
    print("AttributeError")
