# throw() and close() of a generator that is running (here, from below it in a yield-from chain) raise
# ValueError and leave its frame as it was.
class Thrower:
    def __iter__(self):
        return self

    n = 0

    def __next__(self):
        self.n += 1
        if self.n < 3:
            return self.n
        if self.n > 3:
            raise StopIteration('end')
        try:
            g.throw(KeyError('k'))
        except ValueError as e:
            print('throw', e)
        try:
            g.close()
        except ValueError as e:
            print('close', e)
        return 'after throw'

    def throw(self, *a):
        raise StopIteration('from throw')


def relay(it):
    r = yield from it
    print('relay got', r)
    yield r


def selfish():
    try:
        me.throw(KeyError('self'))
    except ValueError as e:
        print('selfish', e)
    yield 1


g = relay(relay(Thrower()))
print(list(g))
me = selfish()
print(list(me))
