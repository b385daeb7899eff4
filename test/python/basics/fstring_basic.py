# f-strings: expressions, nesting and literal braces.
name = 'world'
n = 42
print(f'hello {name}')
print(f'{n + 1} {n * 2}')
print(f'{{literal}} {n}')
print(f'{"quoted"}')
print(f"{'single'}")
print(f'{[1, 2, 3][1]}')
print(f'{ {"a": 1}["a"] }')
print(f'{n if n > 0 else -n}')
print(f'{name.upper()}{len(name)}')
print(f'''{name!r}
{n}''')
d = {'k': 'v'}
print(f"{d['k']}")
