# String prefixes: r, b, f, u and their combinations.
print(r'\n\t', R'\d')
print(u'unicode', U'x')
print(b'bytes', B'x')
print(br'\n', rb'\n', Rb'\x00', bR'a')
x = 5
print(f'{x}', F'{x}')
print(rf'\n{x}', fr'{x}\t', Rf'{x}')
print(len(r'\n'), len('\n'))
print(r'\'')
print(type(b'').__name__, type(u'').__name__)
