# Unicode code points: len, ord, chr, indexing and encoding.
s = 'héllo'
print(len(s), s[1], ord(s[1]), s.upper())
print(chr(233), chr(0x41), chr(0x20AC), ord('€'))
e = '😀'
print(len(e), ord(e), hex(ord(e)), e == chr(128512))
m = 'a😀b'
print(len(m), m[1] == e, m[2], m[::-1] == 'b😀a')
print(s.encode('utf-8'), len(s.encode()), len(m.encode()))
print(b'h\xc3\xa9'.decode('utf-8'))
print('ÉCOLE'.lower(), 'ü' in 'München')
print([c for c in 'aé😀'])
