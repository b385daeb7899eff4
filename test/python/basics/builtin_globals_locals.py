# globals() and locals().
top = 'module level'
print(globals()['top'], 'top' in globals(), __name__)
globals()['made'] = 'via globals'
print(made)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g():
    return 'top' in locals(), 'top' in globals()
print(g())
class C:
    x = 1
    names = sorted(k for k in locals() if not k.startswith('__'))
print(C.names)
