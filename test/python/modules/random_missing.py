# cpydiff: CircuitPython's random lacks shuffle, sample, choices and Random (reference/runtime-modules.md)
import random
for name in ('shuffle', 'sample', 'choices', 'gauss', 'Random', 'seed', 'randint', 'uniform', 'getrandbits'):
    print(name, hasattr(random, name))
