# Frames of nested functions and methods are named after the function.
class Game:
    def run(self):
        def step(n):
            return 10 // n
        return [step(n) for n in (2, 1, 0)]
print('starting')
Game().run()
