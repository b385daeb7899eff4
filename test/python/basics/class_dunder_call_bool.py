# __call__, __bool__ and __len__ for truthiness.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more):
        return self.n + x + sum(more)
add = Adder(10)
print(add(1), add(1, 2, 3), callable(add), callable(Adder))
class Falsy:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0
class Plain:
    pass
print(bool(Falsy()), bool(Empty()), bool(Plain()), not Falsy())
if not Empty():
    print('empty is falsy')
print('yes' if Plain() else 'no', Falsy() or 'fallback')
