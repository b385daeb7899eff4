# Calling something that is not callable.
for value in (5, 'text', None, [1]):
    try:
        value()
    except TypeError as e:
        print(type(e).__name__, e)
