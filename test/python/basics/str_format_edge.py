# str.format edge cases: grouping with floats, nested fields, repeated and mixed fields.
print('{:,}'.format(-1234567.891), '{:,.2f}'.format(1234.5), '{:_d}'.format(10 ** 8))
print('{:e}'.format(0), '{:.3}'.format('abcdef'), '{:.3}'.format(3.14159), '{:10.3}|'.format(2.0))
print('{0:{fill}{align}{width}}|'.format('x', fill='.', align='>', width=6))
print('{a}{b}{a}'.format(a='1', b='2'), '{0}{1}{0}'.format('p', 'q'))
print('{!r:>8}|{!s:<6}|'.format('hi', 'yo'))
print('{0[0]}{0[1]}{1[k]}'.format('ab', {'k': 'c'}))
print('{:>+08.2f}'.format(3.14159), '{:^+9d}'.format(42), '{:#06x}'.format(255))
print('{}'.format(None), '{}'.format([1, 'a']), '{:5}|'.format(True), '{:d}'.format(True))
try:
    '{} {}'.format('only one')
except IndexError:
    print('IndexError')
try:
    '{missing}'.format()
except KeyError as e:
    print('KeyError', e)
