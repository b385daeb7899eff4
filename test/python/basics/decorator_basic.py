# Decorators without arguments, and stacked decorators (applied bottom-up).
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
def exclaim(fn):
    def wrapper(*args):
        return fn(*args) + '!'
    return wrapper
@shout
def greet(name):
    return 'hello ' + name
print(greet('bob'))
@exclaim
@shout
def both(x):
    return x
print(both('hi'))
@shout
@exclaim
def other(x):
    return x
print(other('ho'))
log = []
def register(fn):
    log.append(fn.__name__)
    return fn
@register
def a(): pass
@register
def b(): pass
print(log, a is not None)
