# for loops with else, break and continue.
for x in range(3):
    print('x', x)
else:
    print('done')
for x in [1, 3, 4, 5]:
    if x % 2 == 0:
        print('found even', x)
        break
else:
    print('no even')
for x in []:
    print('never')
else:
    print('empty else')
for c in 'abcde':
    if c in 'bd':
        continue
    print(c, end=' ')
print()
for i, j in [(1, 2), (3, 4)]:
    print(i + j)
