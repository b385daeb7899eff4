# Explicit (raise from) and implicit exception chaining.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('during handling')
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__context__, e.__suppress_context__)
try:
    try:
        raise TypeError('t')
    except TypeError:
        raise ValueError('v') from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
e = ValueError('fresh')
print(e.__cause__, e.__context__)
try:
    raise IndexError('i')
except IndexError as e:
    print(e.__context__)
