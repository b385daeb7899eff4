# global and nonlocal declarations.
counter = 0
def bump():
    global counter
    counter += 1
bump()
bump()
print(counter)
def make_global():
    global created
    created = 'yes'
make_global()
print(created)
def outer():
    x = 'outer'
    def inner():
        nonlocal x
        x = 'changed'
    inner()
    return x
print(outer())
def levels():
    a = 1
    def mid():
        def innermost():
            nonlocal a
            a += 10
        innermost()
    mid()
    return a
print(levels())
x = 'module'
def shadow():
    x = 'local'
    return x
print(shadow(), x)
