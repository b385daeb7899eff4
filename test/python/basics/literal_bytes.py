# Bytes literals and their elements.
b = b'abc\x00\xff'
print(b, len(b))
print(b[0], b[-1], b[1:3])
print(list(b))
print(b'\n\t\\', repr(b"'"), repr(b'"'))
print(bytes(3), bytes([65, 66]), bytes('hé', 'utf-8'))
print(b'a' * 3, b'x' + b'y')
print(b'b' in b'abc', 98 in b'abc')
print(b'abc' == b'abc', b'abc' < b'abd')
