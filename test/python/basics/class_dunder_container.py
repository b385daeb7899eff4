# __len__, __getitem__, __setitem__, __delitem__ and __contains__.
class Store:
    def __init__(self):
        self.data = {}
    def __len__(self):
        return len(self.data)
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]
    def __contains__(self, k):
        print('contains', k)
        return k in self.data
s = Store()
s['a'] = 1
s['b'] = 2
print(len(s), s['a'], 'a' in s, 'z' in s, 'q' not in s)
del s['a']
print(len(s), bool(s))
try:
    s['missing']
except KeyError as e:
    print('KeyError', e)
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), 5 in Squares())
