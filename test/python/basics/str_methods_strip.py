# strip, center/ljust/rjust, zfill and replace.
s = '  \t hello  \n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), '--a--'.lstrip('-'), 'abcba'.rstrip('ab'))
print(repr('ab'.center(7)), repr('ab'.center(6, '*')), repr('ab'.ljust(5, '.')), repr('ab'.rjust(5)))
print('42'.zfill(5), '-42'.zfill(5), '+3'.zfill(4), 'abc'.zfill(2))
print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'))
