# f-string conversions !r, !s, !a and the = specifier.
s = 'héllo'
print(f'{s!r}')
print(f'{s!s}')
print(f'{s!a}')
x = 10
print(f'{x=}')
print(f'{x = }')
print(f'{x*2=}')
print(f'{s=!s}')
print(f'{x=:5d}|')
print(f'{3.5!r:>8}|')
