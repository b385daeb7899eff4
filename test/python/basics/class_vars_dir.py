# vars() and dir() on instances and classes (filtered to user names).
class K:
    a = 1
    def method(self):
        pass
k = K()
k.x = 10
k.y = 20
print(vars(k), k.__dict__ is vars(k))
print(sorted(n for n in dir(k) if not n.startswith('__')))
print(sorted(n for n in vars(K) if not n.startswith('__')))
k.__dict__['z'] = 30
print(k.z)
def f():
    local_a = 1
    local_b = 2
    return sorted(vars())
print(f())
