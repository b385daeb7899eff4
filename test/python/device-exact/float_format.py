# cpydiff: run with --device-exact: format(), '%' and f-strings of floats as the board writes them (reference/runtime-modules.md §8)
# From CircuitPython 9.2.9 py/objstr.c (no type means 'g' with 6 digits; '%' multiplies by 100 in
# binary32; ',' is ignored for floats; default alignment right) and py/formatfloat.c (binary32
# digits, half up on the next digit, a 32-byte buffer).
print('{:.2f}'.format(1 / 3), '{:.3e}'.format(12345.678), '{:g}'.format(0.5))  # 0.33 1.235e+04 0.5
print('{}'.format(0.1), f'{2.0}', f'{1/3}')   # 0.1 2.0 0.333333: no spec is str()
print('[{:5}]'.format(2.0), '[{:.3}]'.format(2.0))  # [    2] [2]: a spec without a type is 'g', no '.0'
print('{:+.1f}'.format(2.25), '{:.1f}'.format(0.25))  # +2.3 0.3: half up, where CPython gives +2.2 0.2
print('{:%}'.format(0.25), '{:.1%}'.format(0.5))  # 25.000000% 50.0%
print('[{:08.2f}]'.format(-3.5), '[{:<8.1f}]'.format(1.5), '[{:^9.2f}]'.format(1.5))  # [-0003.50] [1.5     ] [  1.50   ]
print('{:,.2f}'.format(1234567.0))   # 1234567.00: no grouping for floats
print('{:.10f}'.format(0.1))         # 0.0999999905: the digits of the truncated binary32 value
print('%f' % 0.1, '%.3g' % 1234.5, '%e' % 1e20)  # 0.100000 1.23e+03 1.000000e+20
print('%s %r %5.1f|' % (0.5, 0.25, 3.14159))    # 0.5 0.25   3.1|
print('%.2f' % 1e35)                 # 1.00e+35: too wide for the buffer, so 'e'
