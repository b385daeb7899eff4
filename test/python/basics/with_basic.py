# with statement: __enter__ value, __exit__ arguments, exceptions inside.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return False
with CM('a') as v:
    print('body', v)
try:
    with CM('b'):
        raise ValueError('inside')
except ValueError as e:
    print('propagated', e)
def f():
    with CM('c'):
        return 'returned'
print(f())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
