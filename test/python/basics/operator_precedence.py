# Operator precedence and associativity.
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2)
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4)
print(1 | 2 == 3, (1 | 2) == 3, 1 & 3 ^ 2, 1 << 2 + 1, 6 & 3 << 1)
print(not 1 == 2, not (1 == 2), True or False and False, (True or False) and False)
print(1 < 2 == True, -3 % 5, -(3 % 5), ~1 + 1, - - 4)
print(1 if 0 else 2 if 0 else 3, 'a' + 'b' * 2, [1] * 2 + [3])
print(3 - -3, 2 * -1 ** 2, 0 or 1 and 2, 7 // 2 * 2 + 7 % 2)
x = 5
print(x > 3 and x < 10, not x > 3, x in [5] and x is not None)
