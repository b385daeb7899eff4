# str.encode and bytes.decode.
print('abc'.encode(), 'abc'.encode('ascii'), 'é'.encode('utf-8'))
print(b'abc'.decode(), b'\xe2\x82\xac'.decode('utf-8'))
print(str(b'abc', 'utf-8'), str(b'abc'))
print('€'.encode('utf-8') == b'\xe2\x82\xac')
print(bytes('hi', 'ascii'), bytearray('hi', 'utf-8'))
try:
    b'\xff'.decode('utf-8')
except UnicodeError:
    print('UnicodeError')
