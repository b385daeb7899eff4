# Generator methods and __iter__ written as a generator.
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t))
print(sum(t), 3 in t, max(t))
class Countdown:
    def __init__(self, n):
        self.n = n
    def items(self):
        for i in range(self.n, 0, -1):
            yield i
print(list(Countdown(3).items()))
