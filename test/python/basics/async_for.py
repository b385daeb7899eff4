# async for with __aiter__ and __anext__.
class Pause:
    def __await__(self):
        yield
class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Pause()
        self.i += 1
        return self.i
async def main():
    got = []
    async for t in Ticker(3):
        got.append(t)
    else:
        got.append('else')
    return got
c = main()
steps = 0
while True:
    try:
        c.send(None)
        steps += 1
    except StopIteration as e:
        print(e.value, steps)
        break
