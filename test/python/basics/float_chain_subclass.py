# Float subclasses inside arithmetic chains keep their own operators and results.

class Loud(float):
    def __add__(self, other):
        return Loud(float(self) + float(other) + 1000.0)
    def __mul__(self, other):
        return Loud(float(self) * float(other) * 2.0)
    def __rmul__(self, other):
        return Loud(float(self) * float(other) * 3.0)
    def __repr__(self):
        return 'Loud(' + float.__repr__(self) + ')'

class Quiet(float):
    pass

def chain(a, b, c):
    return [a * b + c, a + b * c, a * b * c, c * a + b * a, a - b * c, a / b / c]

for args in [(Loud(1.5), 2.0, 3.0), (1.5, Loud(2.0), 3.0), (1.5, 2.0, Loud(3.0)), (Quiet(1.5), Quiet(2.0), 3.0)]:
    for _ in range(150):
        out = chain(*args)
    print(out, [type(v).__name__ for v in out])
