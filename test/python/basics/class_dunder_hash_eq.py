# __eq__ and __hash__ together make objects usable as dict keys and set members.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return self.k == o.k
    def __hash__(self):
        return hash(self.k)
d = {Key('a'): 1}
print(d[Key('a')], Key('a') in d, len({Key(1), Key(1), Key(2)}))
class EqOnly:
    def __eq__(self, o):
        return True
try:
    hash(EqOnly())
except TypeError:
    print('TypeError unhashable')
print(EqOnly.__hash__)
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), {p: 1}[p])
