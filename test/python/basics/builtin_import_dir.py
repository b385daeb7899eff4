# __import__ and dir() without arguments.
m = __import__('import_pkg.sub')
print(m.__name__, m.sub.NAME)
def scope():
    alpha = 1
    beta = 2
    return dir()
print(scope())
zed = 1
print('zed' in dir(), 'scope' in dir())
