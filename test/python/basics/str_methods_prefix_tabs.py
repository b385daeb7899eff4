# removeprefix, removesuffix and expandtabs.
print('prefix_name'.removeprefix('prefix_'), 'name.py'.removesuffix('.py'), 'x'.removeprefix('y'))
print('a\tb\tc'.expandtabs(4), 'ab\tc'.expandtabs(), repr('\t'.expandtabs(2)))
