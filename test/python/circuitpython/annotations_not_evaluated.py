# cpydiff: annotations are parsed but never evaluated, so undefined names in them are fine (reference/console-and-errors.md)
def f(a: Undefined, b: Missing = 2, *args: Nope, c: Gone = 3, **kw: Never) -> Nothing:
    return a + b + c
print(f(1))
speed: Velocity = 5
print(speed)
class Sprite:
    x: Coordinate = 0
    y: Coordinate
    def move(self, dx: Delta) -> Sprite:
        self.pos: Position = self.x + dx
        return self
s = Sprite().move(4)
print(s.pos, Sprite.x, hasattr(Sprite, 'y'))
d = {}
d['k']: KeyType = 'v'
print(d)
def local():
    n: Counter = 10
    m: Unset
    return n
print(local())
