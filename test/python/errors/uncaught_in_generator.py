# A traceback through a generator frame.
def frames():
    yield 1
    yield 2
    raise KeyError('frame 3')
for f in frames():
    print('frame', f)
