# A tiny hand-written event loop running several coroutines round-robin.
class Yield:
    def __await__(self):
        yield
async def worker(name, steps, log):
    for i in range(steps):
        log.append('%s%d' % (name, i))
        await Yield()
    return name + ' done'
def run(coros):
    results = {}
    queue = list(coros)
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results[e.value] = True
    return results
log = []
print(run([worker('a', 3, log), worker('b', 1, log), worker('c', 2, log)]))
print(log)
async def sub():
    await Yield()
    return 10
async def main():
    a = await sub()
    b = await sub()
    return a + b
print(run([main()]))
