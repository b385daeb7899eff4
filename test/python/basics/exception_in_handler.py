# Exceptions raised in except, else and finally clauses.
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise TypeError('second')
except TypeError as e:
    print('outer got', e)
try:
    try:
        pass
    except KeyError:
        print('never')
    else:
        raise KeyError('from else')
    finally:
        print('finally still runs')
except KeyError as e:
    print('outer got', e)
try:
    try:
        raise ValueError('lost')
    finally:
        raise IndexError('replaces')
except IndexError as e:
    print('outer got', e, type(e.__context__).__name__)
