# cpydiff: const() works without an import, recognised by the compiler (reference/console-and-errors.md)
WIDTH = const(160)
HEIGHT = const(128)
AREA = const(WIDTH * HEIGHT)
MASK = const(1 << 5 | 3)
print(WIDTH, HEIGHT, AREA, MASK)
def scaled(k):
    return WIDTH * k
print(scaled(2), 'WIDTH' in globals())
