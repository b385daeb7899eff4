# An uncaught AttributeError from a method called on the wrong object.
class Sprite:
    def __init__(self):
        self.x = 0
def move(s):
    s.x += 1
    s.velocity += 1
sp = Sprite()
move(sp)
