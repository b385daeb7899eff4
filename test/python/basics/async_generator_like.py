# await inside loops and try/finally in a coroutine.
class Step:
    def __await__(self):
        value = yield 'step'
        return value
async def accumulate(n):
    total = 0
    try:
        for _ in range(n):
            total += await Step()
    finally:
        print('finally total', total)
    return total
c = accumulate(3)
print(c.send(None))
print(c.send(1))
print(c.send(2))
try:
    c.send(3)
except StopIteration as e:
    print('done', e.value)
c2 = accumulate(5)
c2.send(None)
c2.close()
print('closed')
