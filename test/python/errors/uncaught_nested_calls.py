# A traceback through several functions and a method.
class Player:
    def __init__(self):
        self.lives = 3
    def hit(self, damage):
        return self.lives // damage
def play(p):
    return p.hit(0)
def main():
    p = Player()
    print('lives', p.lives)
    play(p)
main()
