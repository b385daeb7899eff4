# binascii hex and base64 conversions and crc32.
import binascii
print(binascii.hexlify(b'\x01\xab\xff'), binascii.unhexlify(b'01abff'), binascii.unhexlify('00ff'))
print(binascii.b2a_base64(b'hello world'), binascii.a2b_base64(b'aGVsbG8gd29ybGQ='))
print(binascii.b2a_base64(b''), binascii.b2a_base64(b'a'), binascii.b2a_base64(b'ab'))
print(binascii.crc32(b'hello'), binascii.crc32(b''), binascii.crc32(b'world', binascii.crc32(b'hello ')))
try:
    binascii.unhexlify(b'abc')
except ValueError:
    print('ValueError')
