# str.format: positional, keyword, attribute and index fields.
print('{} {}'.format('a', 'b'))
print('{1} {0} {1}'.format('a', 'b'))
print('{x} {y}'.format(x=1, y=2))
print('{0[1]} {0[0]}'.format(['p', 'q']))
print('{d[key]}'.format(d={'key': 'val'}))
class P:
    x = 3
    y = 4
print('{p.x},{p.y}'.format(p=P()))
print('{{}} {}'.format('braces'))
print('{0!r} {0!s}'.format('s'))
print('{:>{w}}|'.format('r', w=4))
print('{0:{1}{2}}|'.format(7, '<', 3))
print('{:^9}'.format('mid'))
