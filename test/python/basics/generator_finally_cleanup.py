# A generator's finally runs when it finishes, is closed, or is abandoned by break then closed.
def gen(tag):
    try:
        for i in range(3):
            yield i
    finally:
        print('cleanup', tag)
print(list(gen('full')))
g = gen('closed')
print(next(g))
g.close()
for v in gen('break'):
    if v == 1:
        break
print('after break')
def ret_in_gen():
    try:
        yield 1
        return 'r'
    finally:
        print('finally before StopIteration')
it = ret_in_gen()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value)
