# math domain errors raise ValueError.
import math
for name, f, arg in (('sqrt', math.sqrt, -1), ('log', math.log, 0), ('log', math.log, -5), ('acos', math.acos, 2)):
    try:
        f(arg)
    except ValueError:
        print('ValueError', name, arg)
try:
    math.floor(float('inf'))
except OverflowError:
    print('OverflowError')
try:
    math.floor(float('nan'))
except ValueError:
    print('ValueError nan')
