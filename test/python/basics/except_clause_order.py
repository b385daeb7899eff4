# The first matching except clause wins; later clauses are skipped.
def classify(exc):
    try:
        raise exc
    except LookupError:
        return 'LookupError clause'
    except KeyError:
        return 'never: KeyError after LookupError'
    except Exception:
        return 'Exception clause'
print(classify(KeyError()), classify(IndexError()), classify(ValueError()))
def nested(exc):
    try:
        try:
            raise exc
        except TypeError:
            return 'inner TypeError'
    except ValueError:
        return 'outer ValueError'
print(nested(TypeError()), nested(ValueError()))
try:
    try:
        raise KeyError('k')
    except (ValueError, TypeError):
        print('not here')
except KeyError as e:
    print('escaped to outer', e)
