# __index__ lets an object be used as a list index, in slices and with bin/hex.
class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i
a = ['a', 'b', 'c', 'd']
print(a[Idx(1)], a[Idx(-1)], a[Idx(1):Idx(3)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(10)[Idx(3)], 'xyz'[Idx(2)])
print([0] * Idx(3))
class IntLike:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
print(int(IntLike()), float(IntLike()))
