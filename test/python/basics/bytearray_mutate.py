# bytearray is a mutable sequence of bytes.
ba = bytearray(b'hello')
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b'??')
print(ba, len(ba))
ba[1:3] = b'EE'
print(ba)
del ba[-2:]
print(ba)
ba += b'xy'
print(ba, ba.pop(), ba)
ba.insert(0, 62)
print(ba, bytes(ba))
print(bytearray(3), bytearray([1, 2, 255]))
ba2 = bytearray(b'abc')
ba2.reverse()
print(ba2, ba2 == b'cba', list(ba2))
ba2[0:1] = b''
print(ba2)
try:
    ba2[0] = 256
except ValueError:
    print('ValueError')
