# cpydiff: unexpected keyword arguments are reported without the function name (reference/console-and-errors.md)
def f(a, b=1):
    return a
try:
    f(1, c=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, foo=2)
except TypeError as e:
    print(type(e).__name__, e)
