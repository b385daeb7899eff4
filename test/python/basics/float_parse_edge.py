# float() parsing edge cases.
print(float(' 1e5 '), float('1.'), float('-.5'), float('+1E-3'), float('1_000.5'))
print(float('nan') != float('nan'), float('-inf') < 0, float('iNf'), float('-NaN') != 0)
for bad in ('', '.', 'e1', '.e1', '1e', '1.2.3', 'inf inity', '1__0', '0x10'):
    try:
        float(bad)
        print('accepted', repr(bad))
    except ValueError:
        print('ValueError', repr(bad))
print(float('1e308') * 10, float('-1e-400'))
