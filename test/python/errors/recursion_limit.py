# cpydiff: unbounded recursion raises RuntimeError, not RecursionError (reference/console-and-errors.md)
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RuntimeError as e:
    print(type(e).__name__, e)
print('still running')
