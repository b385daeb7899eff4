# An exception raised in finally while another is propagating gets it as __context__.
try:
    try:
        raise ValueError('first')
    finally:
        try:
            raise KeyError('second')
        except KeyError as e:
            print('inner handled', e, type(e.__context__).__name__)
except ValueError as e:
    print('first still propagates', e)
def f():
    try:
        raise TypeError('body')
    finally:
        raise RuntimeError('from finally')
try:
    f()
except RuntimeError as e:
    print(e, type(e.__context__).__name__, e.__context__)
