# int() parsing edge cases.
print(int('00'), int('0_0'), int(' 12 '), int('\t-3\n'), int('+0'))
print(int('0b101', 0), int('0o777', 0), int('0XFF', 0), int('123', 0))
print(int('11', 2), int('zz', 36), int('-ff', 16), int('7', 8))
for bad in ('', ' ', '1 2', '0x', '1__0', '_1', '1_', '12a', '08'):
    try:
        int(bad, 0) if bad == '08' else int(bad)
        print('accepted', repr(bad))
    except ValueError:
        print('ValueError', repr(bad))
try:
    int('5', 1)
except ValueError:
    print('ValueError base 1')
try:
    int(5, 10)
except TypeError:
    print('TypeError explicit base')
