# String methods on empty strings and separators at the edges.
print(''.split(','), ''.split(), 'a'.split('a'), ',a,'.split(','), ' a '.split(' '))
print(repr(''.strip()), repr(''.center(3)), repr(''[:0]), repr(''.upper()), ''.find(''), 'abc'.find(''))
print(''.startswith(''), 'a'.endswith(''), '' in '', ''.count(''), 'ab'.count(''))
print(repr(''.join([''] * 3)), repr('-'.join(['', ''])), ''.zfill(3), repr(''.replace('', 'x')))
print(''.isdigit(), ''.isspace(), ''.isupper(), ''.partition('x'), 'x'.rpartition('x'))
print(repr('a\n'.splitlines()[0]), ''.splitlines(), repr(''.title()), ''.swapcase() == '')
