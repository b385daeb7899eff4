# A custom __getitem__ receives indexes and slices as written, not normalised.
class Echo:
    def __len__(self):
        return 10
    def __getitem__(self, key):
        return key
e = Echo()
print(e[-1], e[100], e['key'], e[1, 2], e[-3:-1], e[::-1])
class Grid:
    def __init__(self):
        self.cells = {}
    def __setitem__(self, pos, value):
        self.cells[pos] = value
    def __getitem__(self, pos):
        return self.cells.get(pos, '.')
g = Grid()
g[1, 2] = 'x'
g[0, 0] = 'o'
print(g[1, 2], g[0, 0], g[5, 5], sorted(g.cells))
