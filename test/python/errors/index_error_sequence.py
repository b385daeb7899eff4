# cpydiff: list and tuple index errors say "index out of range" (reference/console-and-errors.md)
try:
    [1, 2, 3][3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1,)[-2]
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst = []
    lst[0] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    'abc'[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
