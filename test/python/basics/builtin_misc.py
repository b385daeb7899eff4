# abs, divmod, len, pow, round, bin on mixed arguments, and object().
print(abs(-3), abs(-3.5), abs(2 - 5), len('abc'), len([1, 2]), len({}), len(range(3)))
print(divmod(9, 4), divmod(-9, 4), divmod(9.0, 4))
print(pow(2, 5), pow(2.0, 3), pow(2, -2))
o = object()
print(type(o).__name__, isinstance(o, object))
try:
    o.attr = 1
except AttributeError:
    print('AttributeError')
print(issubclass(type, object), isinstance(object, type))
print(len(dir(o)) > 0, sorted(set(dir([])) & {'append', 'pop'}))
