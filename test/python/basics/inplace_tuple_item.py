# t[0] += [1] mutates the list and then fails to assign into the tuple.
t = ([1],)
try:
    t[0] += [2]
except TypeError:
    print('TypeError')
print(t)
t[0].extend([3])
print(t)
a = [1, 2, 3]
a[0], a[2] = a[2], a[0]
print(a)
i = 0
b = [10, 20]
i, b[i] = 1, 'x'
print(i, b)
