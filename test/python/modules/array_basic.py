# array.array: construction, indexing, append, extend, slicing and bytes.
from array import array
a = array('h', [1, -2, 3])
print(a, len(a), a[0], a[-1])
a.append(4)
a.extend([5, 6])
print(a, list(a), sum(a))
a[0] = 100
print(a[0], a[1:3], type(a[1:3]).__name__)
b = array('B', b'\x01\x02\x03')
print(b, bytes(b), list(b))
f = array('f', [1.5, 2.25])
print(f, f[1])
e = array('i')
print(e, len(e))
print(bytes(array('H', [0x0102, 0x0304])))
print(array('b', [1, 2]) == array('b', [1, 2]))
