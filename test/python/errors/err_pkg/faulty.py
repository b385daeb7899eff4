# Raises from inside a module function.
def explode(n):
    if n > 1:
        return explode(n - 1)
    raise ValueError('exploded')
