# chr and ord over ASCII and beyond.
print(ord('A'), ord('a'), ord('0'), ord(' '), ord('\n'))
print(chr(65), chr(97), chr(48), repr(chr(0)), repr(chr(127)))
print(ord('é'), ord('€'), ord('😀'), chr(0x1F600) == '😀')
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
print(ord(b'A'), [ord(c) for c in 'abc'])
try:
    ord('ab')
except TypeError:
    print('TypeError')
try:
    chr(-1)
except ValueError:
    print('ValueError')
