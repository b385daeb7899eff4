# lambda expressions.
sq = lambda x: x * x
print(sq(4), (lambda: 'no args')(), (lambda a, b=2: a + b)(1))
print((lambda *a, **k: (a, k))(1, z=2))
print(sorted([(1, 'b'), (2, 'a')], key=lambda p: p[1]))
print(list(map(lambda x: x + 1, [1, 2])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(3) + '!')
print(sq.__name__, (lambda: 0).__name__)
print((lambda x: (lambda y: x + y))(10)(5))
