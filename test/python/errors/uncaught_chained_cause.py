# raise ... from ... prints the cause first.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise TypeError('bad level') from e
parse('x')
