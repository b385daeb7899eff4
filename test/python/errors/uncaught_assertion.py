# An uncaught AssertionError with and without a message.
lives = 3
assert lives > 0, 'no lives left'
print('alive')
assert lives > 5
