# Nested classes, bound methods, methods stored in containers.
class Outer:
    class Inner:
        def val(self):
            return 'inner'
    def make(self):
        return self.Inner()
print(Outer().make().val(), Outer.Inner.__name__)
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
c = Counter()
ops = [c.inc, c.inc]
print([op() for op in ops], c.n)
bound = c.inc
print(bound.__self__ is c, bound.__func__ is Counter.inc)
print(c.inc == c.inc, c.inc == Counter().inc)
