# Using an undefined name raises NameError.
try:
    print(undefined_thing)
except NameError as e:
    print(type(e).__name__, e)
def f():
    return scroe + 1
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
