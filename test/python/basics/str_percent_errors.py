# %-formatting argument mismatches raise TypeError.
for fmt, args in (('%s %s', ('one',)), ('%s', (1, 2)), ('%d', 'x'), ('%(k)s', (1,))):
    try:
        fmt % args
        print('accepted', fmt)
    except (TypeError, KeyError, ValueError) as e:
        print(fmt, type(e).__name__)
print('%s' % ((1, 2),), '%s %s' % tuple('ab'), '%r' % {'k': 1})
print('%5.2s|' % 'abc', '%-3d|' % -1, '%x' % -255, '%o' % 0)
