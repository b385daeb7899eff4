# Set operators: union, intersection, difference, symmetric difference, subset tests.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {9})
print(a == {4, 3, 2, 1}, a != b, 3 in a, 7 not in a)
c = set(a)
c |= {10}
c &= {1, 10, 3}
print(sorted(c))
c -= {1}
c ^= {3, 99}
print(sorted(c))
print(len(a), len(set()), set() == set(), {1} == frozenset({1}))
print(set('hello') == {'h', 'e', 'l', 'o'}, sorted(set('mississippi')))
