# Method calls on literals and chained method calls.
print('a,b,c'.split(',')[1].upper(), ' x '.strip().center(5, '*'))
print([3, 1, 2].index(2), (1, 2, 2).count(2), {'a': 1}.get('a'), {1, 2}.union({3}) == {1, 2, 3})
print((5).bit_length(), 5 .bit_length(), 1.5.is_integer(), 'abc'[::-1].find('a'))
print(','.join(sorted('cab')).replace(',', '-').upper())
print(b'xyz'.decode().upper().encode())
print(list(range(5))[::-1][1:3], 'hello world'.title().swapcase())
