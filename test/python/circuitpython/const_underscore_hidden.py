# cpydiff: a const() whose name starts with an underscore is inlined and not stored as a global (reference/console-and-errors.md)
from micropython import const
_HIDDEN = const(7)
SHOWN = const(8)
print(_HIDDEN + 1, SHOWN)
print('_HIDDEN' in globals(), 'SHOWN' in globals())
def use():
    return _HIDDEN * 2
print(use())
