# cpydiff: list.remove/index of a missing item say "object not in sequence" (reference/console-and-errors.md)
try:
    [1, 2].remove(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(type(e).__name__, e)
