# print with sep, end, file and flush.
import sys
print()
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=', ', end='.\n')
print('no newline', end='')
print(' -> continued')
print(1, 2.5, None, True, [1], sep='|')
print('to stdout', file=sys.stdout)
print('flushed', flush=True)
print(sep='x', end='')
print('after empty')
print('a', 'b', sep=None, end=None)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('x', 'y', file=w, sep='+')
print(repr(''.join(w.parts)))
