# Methods of bytes.
b = b'Hello, World'
print(b.upper(), b.lower(), b.find(b'o'), b.rfind(b'o'), b.count(b'l'))
print(b.split(b', '), b.replace(b'l', b'L'), b.startswith(b'He'), b.endswith(b'd'))
print(b' x '.strip(), b'-'.join([b'a', b'b']), b.index(b'W'))
print(b.hex(), bytes.fromhex('48 69'), b'ab'.hex())
print(b.decode(), b[::-1], b[7:], b[-5:-1])
print(bytes(range(5)), bytes(b'copy'), b'a' < b'b')
print(b'abc'.isalpha(), b'123'.isdigit(), b'a b'.split())
print(hash(b'x') == hash(b'x'))
