# memoryview over bytes and bytearray.
ba = bytearray(b'abcdef')
m = memoryview(ba)
print(len(m), m[0], m[-1])
print(bytes(m[1:4]), m[1:4].tobytes())
m[0] = 65
print(ba)
m[2:4] = b'XY'
print(ba)
sub = m[3:]
sub[0] = 122
print(ba)
print(list(memoryview(b'\x01\x02\x03')))
ro = memoryview(b'abc')
try:
    ro[0] = 1
except TypeError:
    print('TypeError')
