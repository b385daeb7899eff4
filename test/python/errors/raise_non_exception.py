# Raising something that is not an exception is a TypeError.
try:
    raise 5
except TypeError as e:
    print(type(e).__name__)
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__)
