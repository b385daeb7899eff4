# cpydiff: dates before 2000 are out of range (reference/runtime-modules.md)
import time
try:
    time.localtime(0)
except OverflowError as e:
    print(type(e).__name__, e)
print(time.localtime(946684800)[:6])
