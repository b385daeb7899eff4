# cpydiff: a local read before assignment raises NameError "local variable referenced before assignment" (reference/console-and-errors.md)
count = 0
def bump():
    count += 1
try:
    bump()
except NameError as e:
    print(type(e).__name__, e)
def later():
    print(x)
    x = 1
try:
    later()
except NameError as e:
    print(type(e).__name__, e)
