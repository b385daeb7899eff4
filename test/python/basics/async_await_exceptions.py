# Exceptions propagate through await chains and can be caught around await.
class Pause:
    def __await__(self):
        yield 'paused'
async def fails(n):
    await Pause()
    raise ValueError('failed %d' % n)
async def middle(n):
    try:
        return await fails(n)
    except ValueError as e:
        return 'middle caught: %s' % e
    finally:
        print('middle finally', n)
async def top():
    a = await middle(1)
    b = await middle(2)
    try:
        await fails(3)
    except ValueError as e:
        c = str(e)
    return [a, b, c]
def drive(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps
print(drive(top()))
async def catcher():
    try:
        await Pause()
    except KeyError as e:
        return 'caught thrown ' + str(e)
c = catcher()
c.send(None)
try:
    c.throw(KeyError('k'))
except StopIteration as e:
    print(e.value)
