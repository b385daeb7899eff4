# cpydiff: time.time() returns an int of seconds; the clock starts at 2000-01-01 (reference/runtime-modules.md)
import time
t = time.time()
print(type(t).__name__, t >= 946684800)
