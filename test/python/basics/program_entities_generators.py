# Generators as entity behaviours stepped by a scheduler.
def walker(name, steps):
    pos = 0
    for _ in range(steps):
        pos += 1
        yield '%s@%d' % (name, pos)
    yield '%s done' % name
def blinker(name):
    on = False
    while True:
        on = not on
        yield '%s %s' % (name, 'on' if on else 'off')
entities = [walker('a', 2), blinker('b'), walker('c', 1)]
for frame in range(4):
    row = []
    for e in list(entities):
        try:
            row.append(next(e))
        except StopIteration:
            entities.remove(e)
    print(frame, row)
