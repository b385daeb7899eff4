# Default values are evaluated once, when the def runs.
calls = []
def make_default():
    calls.append(1)
    return len(calls)
def f(x=make_default()):
    return x
print(f(), f(), f(7), len(calls))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
v = 'first'
def late(x=v):
    return x
v = 'second'
print(late(), f.__defaults__, late.__defaults__)
