# Missing attributes on instances and classes.
class Foo:
    pass
try:
    Foo().bar
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Foo.bar
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__)
