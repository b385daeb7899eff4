# removeprefix, removesuffix and expandtabs.
print('prefix_name'.removeprefix('prefix_'), 'name.py'.removesuffix('.py'), 'x'.removeprefix('y'))
print(repr('abc'.removeprefix('abc')), repr(''.removesuffix('x')), 'aaa'.removeprefix('a'))
print('test.py.py'.removesuffix('.py'), 'x'.removesuffix(''), 'x'.removeprefix(''))
print('a\tb\tc'.expandtabs(4), 'ab\tc'.expandtabs(), repr('\t'.expandtabs(2)))
print(repr('12345\t6'.expandtabs(4)), repr('a\tb'.expandtabs(0)), repr('a\nb\tc'.expandtabs(3)))
print(len('\t\t'.expandtabs()), repr('x\ty'.expandtabs(1)))
