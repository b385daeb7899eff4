# cpydiff: wrong argument counts give one message without the function name (reference/console-and-errors.md)
def f(a, b):
    return a + b
try:
    f(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
