# A bare raise re-raises the exception being handled.
def f():
    try:
        raise ValueError('original')
    except ValueError:
        print('handling')
        raise
try:
    f()
except ValueError as e:
    print('re-raised', e)
try:
    try:
        raise KeyError('a')
    except KeyError as e:
        err = e
        raise err
except KeyError as e:
    print(e is err)
def outer():
    try:
        raise TypeError('first')
    except TypeError:
        try:
            raise ValueError('second')
        except ValueError:
            pass
        raise
try:
    outer()
except TypeError as e:
    print('still the first', e)
