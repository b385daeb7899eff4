# A generator's finally runs when it finishes or is closed (also after a loop broke out of it).
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
g = gen('break')
for v in g:
    if v == 1:
        break
print('after break')
g.close()
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
