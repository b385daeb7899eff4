# In-place operators use __iadd__ when defined and fall back to __add__.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)
a = Acc()
orig = a
a += 1
a += 2
print(a.items, a is orig)
n = Num(1)
old = n
n += 5
print(n.v, n is old, old.v)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
tt = t
t += (2,)
print(tt, t)
class Shift:
    def __init__(self):
        self.log = []
    def __ilshift__(self, o):
        self.log.append(o)
        return self
s = Shift()
s <<= 'x'
print(s.log)
