# Closing, throwing into and sending to generators that have not started yet.
def g():
    print('body started')
    try:
        yield 1
    finally:
        print('finally')
a = g()
a.close()
print('closed before start')
print(next(a, 'exhausted'))
b = g()
try:
    b.throw(KeyError('early'))
except KeyError as e:
    print('KeyError', e)
c = g()
try:
    c.send('value')
except TypeError:
    print('TypeError')
print(next(c))
c.close()
