# f-string format specs, including nested replacement fields.
x = 3.14159
w = 10
p = 3
print(f'{x:.2f}')
print(f'{x:{w}.{p}f}|')
print(f'{x:>{w}}|')
print(f'{42:08b}')
print(f'{255:#x} {255:X}')
print(f'{1234567:,}')
print(f'{"ab":*^{w}}')
print(f'{-5:+d} {5:+d}')
fill = '-'
print(f'{"c":{fill}<5}|')
print(f'{0.25:%}')
