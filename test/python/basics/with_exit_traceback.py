# __exit__ receives the exception type, value and a traceback object.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        print(typ is ValueError, val.args if val else None, tb is not None)
        return True
with Inspect():
    raise ValueError('look', 1)
with Inspect():
    pass
class Swallow:
    def __enter__(self):
        return 'entered'
    def __exit__(self, *exc):
        print('exc tuple length', len(exc), exc[0].__name__ if exc[0] else None)
        return 1
def g():
    with Swallow() as s:
        raise KeyError(s)
    return 'returned after suppression'
print(g())
