# cpydiff: the micropython module exists, and its const is the identity function (reference/console-and-errors.md)
import micropython
print(type(micropython).__name__, micropython.__name__)
print(micropython.const(3), micropython.const('text'), callable(micropython.const))
value = micropython.const(12)
print(value + 1)
