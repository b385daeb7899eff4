# cpydiff: random's argument errors use CircuitPython's messages (reference/runtime-modules.md)
import random
def show(f, *args):
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
show(random.randrange, 0)
show(random.randrange, 5, 5)
show(random.randrange, 0, 10, 0)
show(random.randrange, 10, 0, 1)
show(random.randint, 5, 1)
show(random.getrandbits, 33)
show(random.choice, [])
