# Slice assignment and deletion on lists.
a = list(range(10))
a[2:5] = ['a', 'b']
print(a)
a[1:1] = [100, 200]
print(a)
a[-2:] = []
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[:] = 'xyz'
print(a)
b = list(range(10))
del b[1:3]
print(b)
del b[::3]
print(b)
del b[-1]
print(b)
c = list(range(6))
c[::-2] = ['p', 'q', 'r']
print(c)
try:
    c[::2] = [1]
except ValueError:
    print('ValueError')
c[5:1] = ['ins']
print(c)
