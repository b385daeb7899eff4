# AssertionError from assert, with and without a message.
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(str(e)))
try:
    assert False, 'custom message'
except AssertionError as e:
    print(type(e).__name__, e)
