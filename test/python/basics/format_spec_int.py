# Format specs for int: fill, align, sign, width, grouping, types.
n = 1234567
print(format(n, ''), format(n, 'd'), format(n, ','), format(n, '_'))
print(format(n, '>12'), format(n, '<12') + '|', format(n, '^12') + '|', format(n, '012'))
print(format(-42, '=8'), format(-42, '08'), format(42, '+'), format(42, ' '), format(-42, ' '))
print(format(255, 'b'), format(255, 'o'), format(255, 'x'), format(255, 'X'), format(255, '#X'))
print(format(65, 'c'), format(1000, 'n'))
print(format(0xdeadbeef, '_x'), format(255, '#010b'))
print(format(42, 'e'), format(42, '.2f'), format(42, '%'), format(42, 'g'))
print(format(True, 'd'), format(-7, '*>6'))
print(format(2 ** 70, ','))
