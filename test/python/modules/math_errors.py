# math domain errors raise ValueError.
import math
for f, arg in ((math.sqrt, -1), (math.log, 0), (math.log, -5), (math.acos, 2)):
    try:
        f(arg)
    except ValueError:
        print('ValueError', f.__name__, arg)
try:
    math.floor(float('inf'))
except OverflowError:
    print('OverflowError')
try:
    math.floor(float('nan'))
except ValueError:
    print('ValueError nan')
