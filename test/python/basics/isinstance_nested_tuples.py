# isinstance and issubclass accept nested tuples of types.
print(isinstance(1, (str, (int, float))), isinstance('a', ((list,), (tuple, (str,)))))
print(isinstance(1.5, ((), (bool,))), issubclass(bool, (str, (float, (int,)))))
print(isinstance([], ()), isinstance(None, (type(None),)))
try:
    isinstance(1, [int])
except TypeError:
    print('TypeError list of types')
try:
    isinstance(1, 'int')
except TypeError:
    print('TypeError string')
