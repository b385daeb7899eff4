# Multiple assignment targets and unpacking into attributes and items.
a = b = c = 5
print(a, b, c)
x = y = [1]
y += [2]
print(x)
class P:
    pass
p = P()
p.a, p.b = 'A', 'B'
d = {}
d['x'], d['y'] = 1, 2
lst = [0] * 3
lst[0], lst[2] = 'first', 'last'
print(p.a, p.b, d, lst)
first, second = second, first = 1, 2
print(first, second)
(m, n), o = 'ab', 'c'
print(m, n, o)
