# __repr__ and __str__ are used by print, str, repr, format and containers.
class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'a Both'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly!'
b = Both()
print(b, str(b), repr(b), [b], (b,), {'k': b})
print('%s %r' % (b, b), '{} {!r}'.format(b, b), f'{b} {b!r}')
r = ReprOnly()
print(r, str(r), [r])
class Fmt:
    def __format__(self, spec):
        return 'spec=' + spec
print(format(Fmt(), 'xyz'), '{:abc}'.format(Fmt()), f'{Fmt():>5}')
