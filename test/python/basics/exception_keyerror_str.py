# str(KeyError) shows the key's repr.
try:
    {}['missing']
except KeyError as e:
    print(e, repr(str(e)), e.args)
try:
    {}[42]
except KeyError as e:
    print(e)
try:
    {}[(1, 'a')]
except KeyError as e:
    print(e)
print(str(KeyError('x')), str(KeyError()), str(KeyError('a', 'b')))
print(str(ValueError('x')), str(IndexError(3)))
