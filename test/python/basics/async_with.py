# async with using __aenter__ and __aexit__.
class Pause:
    def __await__(self):
        yield
class Resource:
    async def __aenter__(self):
        print('aenter')
        await Pause()
        return 'resource'
    async def __aexit__(self, exc_type, exc, tb):
        print('aexit', exc_type.__name__ if exc_type else None)
        await Pause()
        return exc_type is KeyError
async def main():
    async with Resource() as r:
        print('using', r)
    async with Resource():
        raise KeyError('suppressed')
    try:
        async with Resource():
            raise ValueError('passes')
    except ValueError as e:
        print('caught', e)
    return 'finished'
def drive(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value
print(drive(main()))
