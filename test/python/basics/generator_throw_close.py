# throw() raises inside the generator; close() raises GeneratorExit.
def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught', e)
        yield 'recovered'
    finally:
        print('cleanup')
g = guarded()
print(next(g))
print(g.throw(ValueError('boom')))
g.close()
g2 = guarded()
next(g2)
g2.close()
print('closed')
def watcher():
    try:
        yield
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
w = watcher()
next(w)
w.close()
w.close()
def unhandled():
    yield 1
u = unhandled()
next(u)
try:
    u.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e)
print(next(u, 'exhausted'))
