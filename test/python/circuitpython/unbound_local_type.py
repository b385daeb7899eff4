# cpydiff: reading a local before assignment raises NameError itself (reference/console-and-errors.md)
def f():
    total += 1
try:
    f()
except NameError as e:
    print(type(e).__name__, type(e) is NameError)
