# More str methods: index errors, count with ranges, rfind/rindex, ljust and translate-free tricks.
s = 'banana'
print(s.count('a', 2), s.count('an', 0, 4), s.rindex('an'), s.find('n', 3))
try:
    s.index('x')
except ValueError:
    print('ValueError index')
try:
    s.rindex('x')
except ValueError:
    print('ValueError rindex')
print('a-b-c'.replace('-', ''), 'tab\there'.split('\t'), 'x'.join('abc'))
print('Hello'.startswith('hel'), 'Hello'.lower().startswith('hel'), 'abc'[::-1].upper())
print('%s|%5s|%-5s|%.2s' % ('a', 'b', 'c', 'long'))
print('12abc'.lstrip('0123456789'), '  x  '.strip() == 'x', 'aXbXc'.split('X', 1))
print(str(123).rjust(6, '0'), 'end'.center(9, '='), 'abc'.upper().lower().title())
