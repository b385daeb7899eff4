# Strip, pad and replace methods.
s = '  \t hello  \n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), '--a--'.lstrip('-'), 'abcba'.rstrip('ab'))
print(repr('ab'.center(7)), repr('ab'.center(6, '*')), repr('ab'.ljust(5, '.')), repr('ab'.rjust(5)))
print('42'.zfill(5), '-42'.zfill(5), '+3'.zfill(4), 'abc'.zfill(2))
print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'))
print('a\tb\tc'.expandtabs(4))
print('prefix_name'.removeprefix('prefix_'), 'name.py'.removesuffix('.py'), 'x'.removeprefix('y'))
