# StopIteration raised by hand inside iterators.
class Upto:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Upto(3)), [x * 2 for x in Upto(2)])
u = Upto(1)
print(next(u), next(u, 'stop'))
def g():
    yield 1
    raise StopIteration
try:
    list(g())
except RuntimeError as e:
    print('RuntimeError')
