# collections.deque with a maximum length.
from collections import deque
d = deque((), 3)
d.append(1)
d.append(2)
d.appendleft(0)
print(len(d), bool(d))
print(d.popleft(), d.pop(), len(d))
d.append(5)
d.append(6)
d.append(7)
print(len(d))
out = []
while d:
    out.append(d.popleft())
print(out, len(d), bool(d))
try:
    d.pop()
except IndexError:
    print('IndexError')
