# cpydiff: micropython.const imported the recommended way; constants stay module globals (reference/console-and-errors.md)
from micropython import const
SPEED = const(4)
LIMIT = const(SPEED * 10 - 1)
print(SPEED, LIMIT, type(LIMIT).__name__)
print('SPEED' in globals(), globals()['LIMIT'])
def f():
    return LIMIT + SPEED
print(f())
