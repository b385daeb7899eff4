# cpydiff: annotations are discarded, so functions and modules have no __annotations__ (reference/console-and-errors.md)
def f(a: int) -> str:
    return str(a)
print(f(5), hasattr(f, '__annotations__'))
level: int = 3
print(level, '__annotations__' in globals())
