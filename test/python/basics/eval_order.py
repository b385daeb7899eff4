# Evaluation order: left to right for operands, arguments, dict displays and assignments.
log = []
def v(x):
    log.append(x)
    return x
def f(*args, **kw):
    return args, kw
f(v(1), v(2), k=v(3))
print(log)
log.clear()
d = {v('k1'): v('v1'), v('k2'): v('v2')}
print(log)
log.clear()
v(1) + v(2) * v(3)
print(log)
log.clear()
a = [0, 0, 0]
def idx():
    log.append('idx')
    return 1
a[idx()] += 5
print(a, log)
log.clear()
x = y = []
x.append(1)
print(y, x is y)
a, b = 1, 2
a, b = b, a + b
print(a, b)
log.clear()
v('cond') if v(False) else v('else')
print(log)
