# cpydiff: sys.implementation.name is 'circuitpython' (reference/console-and-errors.md)
import sys
print(sys.implementation.name)
print(type(sys.implementation.version).__name__, len(sys.implementation.version) >= 3)
