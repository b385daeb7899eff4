# Name resolution: local, enclosing, global, builtin.
len_before = len('abc')
def uses_builtin():
    return len([1, 2])
print(len_before, uses_builtin())
def shadows_builtin():
    len = lambda x: 'mine'
    return len([1])
print(shadows_builtin(), len([1]))
g = 'global'
def enclosing():
    g = 'enclosing'
    def inner():
        return g
    return inner()
print(enclosing())
def read_global():
    return g
print(read_global())
class K:
    g = 'class'
    def method(self):
        return g
print(K().method(), K.g)
