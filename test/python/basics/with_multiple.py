# Several context managers in one with statement, entered in order and exited in reverse.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, *exc):
        print('exit', self.name)
with CM('a') as a, CM('b') as b:
    print('body', a.name, b.name)
with CM('x'), CM('y'), CM('z'):
    print('three')
with (CM('p') as p,
      CM('q')):
    print('parenthesised', p.name)
