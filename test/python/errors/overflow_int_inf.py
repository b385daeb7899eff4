# cpydiff: int(inf) says "can't convert inf to int" (reference/console-and-errors.md)
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
