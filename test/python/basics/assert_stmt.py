# assert with and without a message.
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(str(e)), e.args)
try:
    assert 1 > 2, 'one is not greater'
except AssertionError as e:
    print('AssertionError', e)
try:
    assert [], ('tuple', 1)
except AssertionError as e:
    print(e.args)
n = 0
def count():
    global n
    n += 1
    return 'msg'
assert True, count()
print('message evaluated', n, 'times')
