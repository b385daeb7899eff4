# Keyword arguments to built-in functions and methods.
print('a b c'.split(maxsplit=1), 'a,b,c'.split(sep=',', maxsplit=1), 'a b c'.rsplit(maxsplit=1))
print(int('ff', base=16), sorted([3, 1, 2], reverse=True), sorted(['bb', 'a'], key=len))
print(list(enumerate('ab', start=5)), max([1, 5, 3], key=lambda x: -x), min([], default='none'))
print('x'.center(5, '*'), 'line\n'.splitlines(keepends=True), round(3.14159, ndigits=2))
print(dict(a=1, b=2), (1024).to_bytes(2, byteorder='big'), 'abcabc'.count('b'))
print('abc'.encode(encoding='utf-8'), b'abc'.decode(encoding='ascii'))
print(int.from_bytes(b'\x01\x00', byteorder='little'), ' x '.strip(), sum([1, 2], start=10))
try:
    len(obj=[1])
except TypeError:
    print('TypeError len keyword')
