# Building strings in loops, with join, format and concatenation.
rows = []
for y in range(3):
    line = ''
    for x in range(5):
        line += '#' if (x + y) % 2 else '.'
    rows.append(line)
print('\n'.join(rows))
parts = ['%02d' % n for n in range(0, 60, 15)]
print(':'.join(parts))
text = ''
for word in 'the quick brown fox'.split():
    text += word[0].upper() + word[1:] + ' '
print(repr(text.rstrip()))
table = [('name', 'score'), ('ann', 42), ('bob', 7)]
for name, score in table:
    print(f'{name:<6}|{score:>6}')
print('-' * 13)
