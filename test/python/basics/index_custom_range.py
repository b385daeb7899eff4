# Objects with __index__ work wherever an integer index is needed.
class N:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(list(range(N(3))), list(range(N(1), N(7), N(2))), 'abcdef'[N(1):N(4)])
print([1, 2, 3][N(-1)], (4, 5)[N(0)], b'xyz'[N(2)], bytes(N(2)))
print('ab' * N(2), [0] * N(2), hex(N(16)), bin(N(5)), oct(N(8)))
lst = [0, 1, 2, 3]
lst[N(1)] = 'one'
del lst[N(0)]
print(lst)
