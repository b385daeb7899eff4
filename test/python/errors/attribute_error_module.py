# cpydiff: a missing module attribute says "'module' object has no attribute" (reference/console-and-errors.md)
import sys
try:
    sys.not_there
except AttributeError as e:
    print(type(e).__name__, e)
