# Chained comparisons evaluate each operand once.
def v(x):
    print('v', x)
    return x
print(1 < 2 < 3, 1 < 2 > 3, 1 == 1 == 1, 1 < 2 == 2 < 3)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
x = 5
print(0 <= x < 10, 0 <= x < 5, x > 3 != 4)
print('a' < 'b' < 'c', [1] < [2] <= [2])
print(1 in [1, 2] in [[1, 2]], None is not True is not False)
