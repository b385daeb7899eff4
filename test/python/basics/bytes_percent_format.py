# %-formatting of bytes.
print(b'%d-%d' % (1, 2), b'%s' % b'raw', b'%5d|' % 42, b'%x' % 255, b'%c' % 65)
print(b'%-4s|' % b'ab', b'%%' % (), b'%03d' % 7, b'%b' % b'bb')
try:
    b'%s' % 'text'
except TypeError:
    print('TypeError')
