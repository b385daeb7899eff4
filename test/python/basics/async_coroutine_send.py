# async def creates a coroutine driven by hand with send(None).
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        print('awaiting', self.value)
        got = yield 'suspended'
        print('resumed with', got)
        return self.value * 2
async def compute(x):
    y = await Ready(x)
    return y + 1
coro = compute(5)
print(type(coro).__name__)
print(coro.send(None))
try:
    coro.send('go')
except StopIteration as e:
    print('result', e.value)
async def nothing():
    return 'immediate'
c = nothing()
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
