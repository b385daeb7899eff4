# except with a tuple of classes, `as` binding, and the name's deletion afterwards.
def check(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup ' + type(e).__name__
    except (TypeError, ValueError):
        return 'type or value'
    except Exception as e:
        return 'other ' + type(e).__name__
print(check(KeyError()), check(IndexError()), check(ValueError()), check(ZeroDivisionError()))
try:
    raise ValueError('x')
except ValueError as err:
    pass
try:
    err
except NameError:
    print('err is unbound after except')
try:
    raise LookupError
except LookupError as e:
    print(type(e).__name__, e.args)
try:
    [][0]
except:
    print('bare except')
