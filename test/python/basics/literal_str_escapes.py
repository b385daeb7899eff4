# Escape sequences in string literals.
print(repr('\n\t\r\\'))
print(repr('\a\b\f\v\0'))
print('\x41\x62', '\101\142', '\u00e9', '\U0001F600' == chr(0x1F600))
print(ord('\x7f'), ord('\377'), ord('\0'))
print('a\
b')
print(repr("\'\""))
print(list(map(ord, '\t\n')))
