# struct.pack and unpack with explicit byte order.
import struct
print(struct.pack('<H', 0x1234), struct.pack('>H', 0x1234), struct.pack('!I', 1))
print(struct.pack('<bBhHiI', -1, 255, -2, 65535, -3, 2 ** 32 - 1))
print(struct.unpack('<bBhHiI', b'\xff\xff\xfe\xff\xff\xff\xfd\xff\xff\xff\xff\xff\xff\xff'))
print(struct.pack('<q', -2), struct.unpack('<Q', b'\xff' * 8))
print(struct.pack('>f', 1.5), struct.unpack('>f', b'?\xc0\x00\x00'), struct.unpack('<d', struct.pack('<d', 0.1)))
print(struct.pack('<3s', b'abcdef'), struct.pack('<5s', b'ab'), struct.unpack('<2s', b'hi'))
print(struct.pack('<2H', 1, 2), struct.unpack('>2b', b'\x80\x7f'), struct.pack('<x2B', 1, 2))
print(struct.calcsize('<bhiq'), struct.calcsize('>3sH'), struct.calcsize('<10x'))
print(type(struct.unpack('<H', b'\x00\x01')).__name__)
