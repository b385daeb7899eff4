# __exit__ returning True suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print('suppressed', exc_type.__name__)
            return True
        return False
with Suppress(KeyError):
    {}['x']
    print('not reached')
print('after')
try:
    with Suppress(KeyError):
        raise ValueError('no')
except ValueError:
    print('ValueError passed through')
class Failing:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('never')
try:
    with Failing():
        print('never')
except RuntimeError as e:
    print(e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise TypeError('from exit')
try:
    with ExitRaises():
        raise ValueError('body')
except TypeError as e:
    print(e, type(e.__context__).__name__)
