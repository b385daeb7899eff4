# Annotations on parameters, return values and variables are accepted.
def f(a: int, b: 'str' = 'x', *args: int, c: float = 1.0, **kw: dict) -> list:
    return [a, b, args, c, kw]
print(f(1), f(2, 'y', 3, c=4.0, d=5))
x: int = 5
y: list[int] = [1, 2]
print(x, y)
class C:
    attr: int = 3
    other: str
    def m(self) -> 'C':
        return self
print(C.attr, hasattr(C, 'other'), C().m() is not None)
def g():
    local: int = 7
    return local
print(g())
