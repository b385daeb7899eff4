# Decorators with arguments and decorators returning non-functions.
def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(x):
    return 'hi ' + x
print(hi('a'))
def tag(name, **attrs):
    def deco(fn):
        fn.tag = name
        fn.attrs = attrs
        return fn
    return deco
@tag('button', color='red')
def widget():
    return 'w'
print(widget(), widget.tag, widget.attrs)
@callable
def replaced():
    pass
print(replaced)
deco_table = {'d': lambda f: 'replaced'}
@deco_table['d']
def g(): pass
print(g)
