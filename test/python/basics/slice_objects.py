# slice objects and indices().
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, 3), slice(1, None, -1))
a = list(range(12))
print(a[s], a[slice(None, None, -3)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
class Show:
    def __getitem__(self, key):
        return key
x = Show()
print(x[1:2], x[::3], x[1:2, 3], x[...], x[:])
print(slice(1, 2) == slice(1, 2))
