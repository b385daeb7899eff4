# args, str and repr of exception objects.
for e in (ValueError(), ValueError('msg'), ValueError('a', 1), ValueError(42), TypeError([1])):
    print(repr(e), '|', str(e), '|', e.args)
e = Exception('x')
e.args = ('y', 'z')
print(e)
print(isinstance(ValueError, type), type(ValueError('v')) is ValueError)
