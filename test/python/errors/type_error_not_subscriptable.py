# cpydiff: "isn't subscriptable" instead of "is not subscriptable" (reference/console-and-errors.md)
for value in (5, None, 1.5):
    try:
        value[0]
    except TypeError as e:
        print(type(e).__name__, e)
