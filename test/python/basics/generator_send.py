# send() passes values into a suspended generator.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received
g = echo()
print(g.send(None))
print(g.send('a'))
print(g.send('b'))
print(g.send(None))
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
try:
    echo().send(5)
except TypeError:
    print('TypeError')
