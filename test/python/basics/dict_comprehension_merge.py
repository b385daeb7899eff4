# dict comprehension and the | and |= operators.
sq = {x: x * x for x in range(5)}
print(sq)
print({k: v for k, v in sq.items() if v % 2 == 0})
print({c: i for i, c in enumerate('abca')})
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a)
a |= b
print(a)
print({**b, 'w': 0})
