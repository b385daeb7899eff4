# cpydiff: time.sleep with a negative time says "seconds must be >= 0" (reference/runtime-modules.md)
import time
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
